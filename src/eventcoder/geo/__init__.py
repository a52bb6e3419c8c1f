"""Geo stage: an offline GeoNames resolver for the places events happened in."""
