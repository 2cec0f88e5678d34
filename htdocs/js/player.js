// The video with play/pause, fullscreen and download next to the
// browser's own controls (which a keyboard reaches as well).
import { h, replace } from "./dom.js";

/** A <figure> playing `videoUrl` (a site path) for job `jobId`. */
export function player(videoUrl, jobId) {
  const video = h("video", { class: "video", controls: true,
    playsinline: true, preload: "auto", src: videoUrl,
    "aria-label": "The animation" });
  const toggle = h("button", { type: "button", class: "button",
    onclick: () => (video.paused ? video.play() : video.pause()) }, "Play");
  const sync = () => replace(toggle, video.paused ? "Play" : "Pause");
  video.addEventListener("play", sync);
  video.addEventListener("pause", sync);
  video.addEventListener("ended", sync);
  const fullscreen = h("button", { type: "button", class: "button",
    onclick: () => video.requestFullscreen && video.requestFullscreen(),
    disabled: !document.fullscreenEnabled }, "Fullscreen");
  const download = h("a", { class: "button",
    href: `${videoUrl}${videoUrl.includes("?") ? "&" : "?"}download=1`,
    download: `mathmotion-${jobId}.mp4` }, "Download MP4");
  return h("figure", { class: "player" }, video,
    h("figcaption", { class: "player-controls" }, toggle, fullscreen,
      download));
}
