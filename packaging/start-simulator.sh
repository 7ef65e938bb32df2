# Sourced by the bundle checks (test-deb-in-chroot.sh, windows/test-under-wine.sh):
#   start_simulator SIM_EXECUTABLE ACTIVITY_DB WORK_DIR
# starts wa-gateway-sim on a free loopback port with a random secret, writing activity rows into
# ACTIVITY_DB every 2 s, and sets sim_pid, sim_url and sim_secret. The simulator ends with the
# calling script: its stdin is a FIFO that file descriptor 9 of the script holds open.
start_simulator() {
    local sim=$1 db=$2 work=$3 _
    sim_secret=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    rm -f "$work/sim-stdin"
    mkfifo "$work/sim-stdin"
    WA_SIM_SECRET=$sim_secret "$sim" --port 0 --activity-sqlite "$db" --activity-interval-ms 2000 \
        --exit-with-stdin <"$work/sim-stdin" >"$work/sim.out" 2>"$work/sim.err" &
    sim_pid=$!
    exec 9>"$work/sim-stdin"
    sim_url=""
    for _ in $(seq 1 100); do
        sim_url=$(sed -n 's/^listening on //p' "$work/sim.out")
        [[ -n $sim_url ]] && return 0
        sleep 0.2
    done
    echo "the simulator did not start: $(cat "$work/sim.err")" >&2
    return 1
}
