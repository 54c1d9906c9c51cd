/** The harness page: a 400px sidebar leaf over Obsidian-like base styles, then the daily note. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pleasantly Persistent: browser harness</title>
<link rel="stylesheet" href="/obsidian-base.css">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="theme-light">
<div id="sidebar" class="mod-sidedock"></div>
<div id="note" class="markdown-preview-view markdown-rendered"></div>
<script src="/app.js"></script>
</body>
</html>
`;
