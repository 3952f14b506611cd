# shellcheck shell=bash
# A private PulseAudio server with a recordable null sink, for tests that play real audio without a
# desktop session or a sound card. Source this file, then:
#   citecast_sound_server_start   # exports CITECAST_TEST_SINK, XDG_RUNTIME_DIR, PULSE_SERVER
#   ... play, and record "$CITECAST_TEST_SINK.monitor" with parec ...
#   citecast_sound_server_stop
# Works as root too (PulseAudio's warnings about root, the cookie and D-Bus are harmless).

citecast_sound_server_start() {
    if ! command -v pulseaudio >/dev/null || ! command -v pactl >/dev/null; then
        echo "citecast_sound_server_start: pulseaudio and pulseaudio-utils are needed" >&2
        return 1
    fi
    if [ -n "${CITECAST_SOUND_SERVER_DIR:-}" ]; then
        echo "citecast_sound_server_start: already running in $CITECAST_SOUND_SERVER_DIR" >&2
        return 0
    fi
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/citecast-pulse.XXXXXX") || return 1
    chmod 700 "$dir"
    export CITECAST_SOUND_SERVER_OLD_XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR-}"
    export CITECAST_SOUND_SERVER_DIR="$dir"
    export XDG_RUNTIME_DIR="$dir"
    export PULSE_RUNTIME_PATH="$dir/pulse"
    export PULSE_STATE_PATH="$dir/state"
    export PULSE_SERVER="unix:$dir/pulse/native"
    export PULSE_COOKIE="$dir/cookie"
    export PULSE_SINK=citecast_null

    if ! pulseaudio --daemonize=yes --exit-idle-time=-1 -n --use-pid-file=yes \
        --log-target=file:"$dir/pulseaudio.log" \
        --load="module-null-sink sink_name=citecast_null rate=48000 channels=1" \
        --load="module-native-protocol-unix socket=$dir/pulse/native auth-anonymous=1" \
        --load=module-always-sink >/dev/null 2>&1; then
        echo "citecast_sound_server_start: pulseaudio did not start; see $dir/pulseaudio.log" >&2
        citecast_sound_server_stop
        return 1
    fi
    local tries=0
    until pactl info >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "citecast_sound_server_start: pulseaudio does not answer; see $dir/pulseaudio.log" >&2
            citecast_sound_server_stop
            return 1
        fi
        sleep 0.05
    done
    pactl set-default-sink citecast_null >/dev/null
    export CITECAST_TEST_SINK=citecast_null
}

citecast_sound_server_stop() {
    local dir="${CITECAST_SOUND_SERVER_DIR:-}"
    if [ -z "$dir" ]; then
        return 0
    fi
    local pid_file="$dir/pulse/pid"
    if [ -f "$pid_file" ]; then
        local pid
        pid=$(cat "$pid_file")
        if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
            local waited=0
            while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 50 ]; do
                sleep 0.05
                waited=$((waited + 1))
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf "$dir"
    if [ -n "${CITECAST_SOUND_SERVER_OLD_XDG_RUNTIME_DIR:-}" ]; then
        export XDG_RUNTIME_DIR="$CITECAST_SOUND_SERVER_OLD_XDG_RUNTIME_DIR"
    else
        unset XDG_RUNTIME_DIR
    fi
    unset CITECAST_SOUND_SERVER_DIR CITECAST_SOUND_SERVER_OLD_XDG_RUNTIME_DIR CITECAST_TEST_SINK \
        PULSE_RUNTIME_PATH PULSE_STATE_PATH PULSE_SERVER PULSE_COOKIE PULSE_SINK
}
