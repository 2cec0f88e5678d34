// The browser's copy of the gallery list (GET /api/gallery) in
// localStorage, kept 24 hours: the gallery page shows it at once, then
// the server's answer, which replaces it when anything changed. The key
// carries this code's format version; the entry keeps the server's
// `version` beside the list.

const KEY = "mathmotion.gallery.v1";
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The stored gallery if younger than 24 hours, else null. */
export function readGallery(now = Date.now()) {
  try {
    const entry = JSON.parse(localStorage.getItem(KEY));
    if (entry && entry.gallery && now - entry.savedAt < MAX_AGE_MS &&
        entry.version === entry.gallery.version) {
      return entry.gallery;
    }
  } catch {
    /* unreadable: as if absent */
  }
  localStorage.removeItem(KEY);
  return null;
}

/** Stores `gallery`; returns false when storage refused it. */
export function writeGallery(gallery, now = Date.now()) {
  try {
    localStorage.setItem(KEY, JSON.stringify({
      version: gallery.version, savedAt: now, gallery,
    }));
    return true;
  } catch {
    return false;
  }
}
