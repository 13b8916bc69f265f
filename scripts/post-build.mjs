#!/usr/bin/env node
// Trunk's post-build hook. Trunk runs a stage's hooks concurrently, so the steps that depend on each
// other run here in order: write the service worker (it lists the assets), then compress everything.
await import("./service-worker.mjs");
await import("./compress.mjs");
