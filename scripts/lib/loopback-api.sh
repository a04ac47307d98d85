# Shared by tests/browser/run.sh and bench/run.sh, which start the API on loopback for a run (source this file).

# A free TCP port on 127.0.0.1.
free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Stops the process group $1 (the API started with setsid, so `dotnet run` and the app it started go together):
# TERM, up to ten seconds to finish, then KILL.
stop_process_group() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}
