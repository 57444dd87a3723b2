"""Canonical article URLs, so one story reached through different links is recognised as one.

Feeds hand out the same article under many spellings: wrapped in a news-search redirect (Google
Alerts, Bing News), decorated with campaign parameters, over http and https, on the mobile or AMP
host. `canonical_url` removes what never identifies the article (wrappers, tracking parameters,
fragments like #comments) and is still a working link; `url_key` goes further and merges variants
that are different URLs but the same page (scheme, www/m/amp hosts, AMP paths): only an identity.

Pure string functions: no I/O, never raise on garbage (they return the input stripped).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote_plus, urlsplit, urlunsplit

__all__ = ["canonical_url", "redact_url", "url_key"]

# Query parameters that only track who clicked where; they never select content.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "igshid", "igsh", "yclid",
        "twclid", "ttclid", "li_fat_id", "ref_src", "ref_url", "spm", "cmpid", "ocid", "ncid", "sr_share",
        "s_cid", "s_kwcid", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "rb_clickid",
        "wt.mc_id", "wt_mc", "xtor", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        "smid", "smtyp", "cmp", "trk", "feature", "guccounter", "guce_referrer", "guce_referrer_sig",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "_hs", "mc_", "pk_", "mtm_", "hsa_", "matomo_", "at_")

# Paths of the news-search redirectors that carry the real URL in a query parameter (see _unwrap).
_GOOGLE_REDIRECT_PATHS = ("/url", "/news/url", "/alerts/url")
_BING_REDIRECT_PATHS = ("/news/apiclick.aspx", "/ck/a", "/newtabredir")
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_KEY_HOST_PREFIXES = ("www.", "m.", "amp.")
_AMP_PARAMS = frozenset({"amp", "outputtype=amp", "amp=1", "amp=true", "output=amp"})
_MAX_UNWRAP = 4
_FURNITURE_FRAGMENTS = frozenset(
    {"", "top", "main", "content", "main-content", "maincontent", "article", "story", "comments", "respond",
     "more", "disqus_thread", "comment-form", "page", "start", "read-more", "continue"}
)


def canonical_url(url: str | None) -> str:
    """The article's URL without redirect wrappers, tracking parameters or a non-identifying fragment.

    A fragment survives only when it looks like an in-page anchor that tells items apart: feeds such
    as day pages and changelogs link every item to `page#anchor`, and dropping it would merge them.

    Scheme and host are lowercased, a default port is dropped, the remaining query parameters are
    sorted (raw, so their percent-encoding is kept). Anything that is not an absolute http(s) URL
    comes back stripped but otherwise untouched; None (or any non-string from feed data) gives "".
    """
    if not isinstance(url, str):
        return ""
    text = url.strip()
    try:
        for _ in range(_MAX_UNWRAP):
            inner = _unwrap(text)
            if inner is None:
                break
            text = inner
        return _clean(text)
    except ValueError:  # urlsplit rejects e.g. bad IPv6 brackets or ports
        return text


def url_key(url: str) -> str:
    """An identity key: one value for the http/https, www/m/amp and AMP-path variants of an article."""
    canon = canonical_url(url)
    try:
        parts = urlsplit(canon)
    except ValueError:
        return canon
    if parts.scheme not in _DEFAULT_PORTS or not parts.netloc:
        return canon
    host = parts.netloc
    changed = True
    while changed:
        changed = False
        for prefix in _KEY_HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") > 1:
                host = host[len(prefix):]
                changed = True
    path = parts.path.rstrip("/")
    if path.endswith("/amp"):
        path = path[: -len("/amp")].rstrip("/")
    elif path.endswith(".amp"):
        path = path[: -len(".amp")]
    query = "&".join(p for p in parts.query.split("&") if p and p.lower() not in _AMP_PARAMS)
    key = host + path
    if query:
        key += "?" + query
    if parts.fragment:
        key += "#" + parts.fragment
    return key


def _unwrap(url: str) -> str | None:
    """The URL a known redirect wrapper points at, or None when `url` is not such a wrapper."""
    parts = urlsplit(url)
    host = parts.netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    path = parts.path
    names: tuple[str, ...] = ()
    if _is_google(host):
        if path in _GOOGLE_REDIRECT_PATHS:
            names = ("url", "q", "u")
        elif path.startswith("/amp/s/"):
            return "https://" + path[len("/amp/s/"):] + ("?" + parts.query if parts.query else "")
    elif host.endswith(".cdn.ampproject.org"):
        for prefix, scheme in (("/c/s/", "https"), ("/v/s/", "https"), ("/c/", "http"), ("/v/", "http")):
            if path.startswith(prefix):
                return f"{scheme}://" + path[len(prefix):] + ("?" + parts.query if parts.query else "")
        return None
    elif host in ("bing.com", "www.bing.com", "cn.bing.com") and path.lower() in _BING_REDIRECT_PATHS:
        names = ("url", "u")
    elif host in ("l.facebook.com", "lm.facebook.com") and path == "/l.php":
        names = ("u",)
    elif host == "t.umblr.com" and path == "/redirect":
        names = ("z",)
    if not names:
        return None
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    for name in names:
        target = params.get(name, "").strip()
        if target.lower().startswith(("http://", "https://")):
            return target
    return None


def _is_google(host: str) -> bool:
    if host.startswith("www."):
        host = host[4:]
    elif host.startswith("news."):
        host = host[5:]
    return host == "google.com" or host.startswith(("google.", "google.co."))


def _clean(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return url
    host = (parts.hostname or "").rstrip(".")  # lowercased by urlsplit
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port  # ValueError on a malformed port; canonical_url then keeps the input
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + host
    if port is not None and str(port) != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    query = "&".join(sorted(p for p in parts.query.split("&") if p and not _is_tracking(p)))
    fragment = parts.fragment if _is_anchor(parts.fragment) else ""
    return urlunsplit((scheme, netloc, parts.path or "/", query, fragment))


def _is_anchor(fragment: str) -> bool:
    """Whether a fragment picks content out of the page (`day.html#a080605`, `changelog#2.3.15`, `#!/x`),
    as opposed to tracking (`#xtor=RSS-3`, `#ixzz4x`) or page furniture (`#comments`)."""
    if not fragment:
        return False
    if fragment.startswith("!"):
        return True
    lowered = fragment.lower()
    return not ("=" in fragment or "&" in fragment or lowered in _FURNITURE_FRAGMENTS
                or lowered.startswith(("ixzz", "utm_", "xtor", "more-", "at_")))


def _is_tracking(pair: str) -> bool:
    name = unquote_plus(pair.split("=", 1)[0]).lower()
    return name in _TRACKING_PARAMS or name.startswith(_TRACKING_PREFIXES)


_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s:]+(?::[^/@\s]*)?@")
_SECRET_PARAM = re.compile(
    r"(?i)([?&;](?:[a-z0-9_.-]*(?:key|token|secret|password|passwd|pass|auth|sig|signature|session|sid))=)[^&#\s]+")


def redact_url(text: str) -> str:
    """`text` with the credentials a URL may carry hidden: "https://user:pw@host/feed?apikey=..." is
    shown as "https://***@host/feed?apikey=***". Works on any text that contains URLs."""
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub(r"\1***@", text))
