// The first MathMotion page: submit a prompt, poll the job every few
// seconds, show the video, code and explanation. All server text is set
// with textContent, never parsed as HTML.
const API = "/api";
const POLL_MS = 2000;

const $ = (id) => document.getElementById(id);

function show(job) {
  $("job").hidden = false;
  $("status").textContent = job.status.replace("_", " ");
  $("progress-message").textContent = job.progressMessage || "";
  $("progress").value = job.progress || 0;
  if (job.output) {
    $("explanation").textContent = job.output.explanation || "";
    if (job.output.code) {
      $("code").textContent = job.output.code;
      $("code-box").hidden = false;
    }
    if (job.output.videoUrl && $("video").dataset.src !== job.output.videoUrl) {
      $("video").dataset.src = job.output.videoUrl;
      $("video").src = job.output.videoUrl;
      $("video").hidden = false;
    }
  }
  const err = $("error");
  err.hidden = !job.error;
  err.textContent = job.error ? job.error.message : "";
}

async function poll(id) {
  const res = await fetch(`${API}/jobs/${encodeURIComponent(id)}`);
  const body = await res.json();
  if (!res.ok) {
    showError(body);
    return;
  }
  show(body.job);
  if (body.job.status !== "done" && body.job.status !== "failed") {
    setTimeout(() => poll(id), POLL_MS);
  } else {
    $("submit").disabled = false;
  }
}

function showError(body) {
  $("job").hidden = false;
  $("error").hidden = false;
  $("error").textContent = body.error ? body.error.message : "Request failed";
  $("submit").disabled = false;
}

$("prompt-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("submit").disabled = true;
  $("video").hidden = true;
  $("code-box").hidden = true;
  $("explanation").textContent = "";
  const res = await fetch(`${API}/jobs/submit`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      prompt: $("prompt").value,
      stylePreset: $("style").value,
      quality: $("quality").value,
    }),
  });
  const body = await res.json();
  if (!res.ok) {
    showError(body);
    return;
  }
  history.replaceState(null, "", `?job=${body.job.id}`);
  show(body.job);
  poll(body.job.id);
});

const initial = new URLSearchParams(location.search).get("job");
if (initial) poll(initial);
