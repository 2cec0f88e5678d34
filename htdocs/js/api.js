// The JSON job API (docs/api.md) as promises. Every answer that is not
// 2xx becomes an ApiError carrying the server's typed error.
import { recordQuota, recordRefusal } from "./quota.js";

const PREFIX = "/api";

export class ApiError extends Error {
  /** `status`: HTTP status (0 when the server could not be reached);
   *  `code`: the API's error code; `body`: the parsed answer or null. */
  constructor(status, code, message, body = null, retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
    this.retryAfter = retryAfter; // seconds, from Retry-After
  }
}

/** Sends one request; resolves to {status, headers, body}. */
async function request(path, { method = "GET", json } = {}) {
  let res;
  try {
    res = await fetch(PREFIX + path, {
      method,
      // "no-cache" revalidates with the ETag: an unchanged job is a 304.
      cache: "no-cache",
      headers: json ? { "Content-Type": "application/json" } : {},
      body: json ? JSON.stringify(json) : undefined,
    });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached. " +
      "Check your connection; the page tries again by itself.");
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = body && body.error ? body.error : {};
    throw new ApiError(res.status, err.code || `http_${res.status}`,
      err.message || `The server answered ${res.status}.`, body,
      Number(res.headers.get("Retry-After")) || null);
  }
  return { status: res.status, headers: res.headers, body };
}

/** GET /api/jobs/{id} → the job document. */
export async function getJob(id) {
  const { body } = await request(`/jobs/${encodeURIComponent(id)}`);
  return body.job;
}

/**
 * POST /api/jobs/submit with `fields` (prompt, stylePreset, quality, code,
 * parentJobId, autoFixJobId, galleryId) → the new job. Every answer's
 * rate-limit state is remembered for the quota display.
 */
export async function submitJob(fields) {
  try {
    const { body } = await request("/jobs/submit",
      { method: "POST", json: fields });
    if (body.rateLimit) recordQuota(body.rateLimit);
    return body.job;
  } catch (err) {
    if (err.status === 429) {
      recordRefusal(err.body && err.body.rateLimit, err.retryAfter);
    }
    throw err;
  }
}

/** GET /api/styles, or null when the server has no such endpoint. */
export async function getStyles() {
  try {
    return (await request("/styles")).body;
  } catch (err) {
    if (err.status === 404) return null;
    throw err;
  }
}

/** GET /api/gallery → {version, categories, examples}. */
export async function getGallery() {
  return (await request("/gallery")).body;
}
