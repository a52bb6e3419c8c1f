"""Extract stage: event mentions, actors, dates, fatalities and modality from one article."""
