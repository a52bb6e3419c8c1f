"""Helpers for the invented Dutch/Flemish news set nl-news-2b (written blind, from CODEBOOK.md alone)."""
import datetime as dt

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def wd(pub, name):
    """Most recent weekday `name` on or before pub; 'gisteren'/'eergisteren'/'vandaag' too."""
    p = dt.date.fromisoformat(pub)
    if name == "vandaag":
        return p.isoformat()
    if name == "gisteren":
        return (p - dt.timedelta(days=1)).isoformat()
    if name == "eergisteren":
        return (p - dt.timedelta(days=2)).isoformat()
    k = DAYS.index(name)
    back = (p.weekday() - k) % 7
    return (p - dt.timedelta(days=back)).isoformat()


def ev(et, sub, a1, i1, a2, i2, country, admin1, loc, lat, lon, gp, ds, de=None, tp=1,
       fat=None, claimed=None, inj=None, evid=(), note=""):
    return {"event_type": et, "sub_event_type": sub, "actor1": a1, "inter1": i1, "actor2": a2,
            "inter2": i2, "country": country, "admin1": admin1, "location": loc, "latitude": lat,
            "longitude": lon, "geo_precision": gp, "date_start": ds, "date_end": de or ds,
            "time_precision": tp, "fatalities": fat, "fatalities_claimed": claimed or [],
            "injured": inj, "evidence": list(evid), "note": note}


def art(pub, title, source, paras, events=(), note=""):
    return {"published": pub, "title": title, "source": source, "paras": paras,
            "events": list(events), "note": note}
