/**
 * A correction's account of what was wrong ("an earlier version of this article said", "an earlier version said",
 * "misstated the date as"): the value it gives was withdrawn. Claims skip such sentences, and answers do not quote
 * them as a source's statement unless the question asks about corrections.
 */
export const WITHDRAWN_RE =
  /\b(?:earlier|previous|prior|original)\s+(?:version|edition|draft)s?\s+(?:of\s+(?:this|the|an?|our)\b|(?:also\s+|incorrectly\s+|wrongly\s+)?(?:said|stated|reported|gave|put|described|named|called|wrote|referred|misstated)\b)|\b(?:misstated|misreported|misquoted|incorrectly\s+(?:said|stated|reported|gave|put)|erroneously\s+(?:said|stated|reported|gave))\b/i;

/**
 * A correction that a name or a title was got wrong ("misidentified Li Chenggang as China's commerce minister",
 * "misspelled the name of…"): it may give no value of its own, but the dates and roles in it are the corrected
 * article's mistake, not a source's claim.
 */
export const MISNAMED_RE = /\b(?:misidentified|misattributed|misspell(?:ed|t)|mislabell?ed|misnamed)\b/i;
