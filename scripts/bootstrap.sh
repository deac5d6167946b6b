# Sourced by scripts/start and scripts/test: installs what is missing, configures and builds.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

MIG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MIG_ROOT

mig_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

mig_missing_packages() {
    local pkg
    grep -vE '^\s*(#|$)' "$MIG_ROOT/scripts/debian-packages.txt" | awk '{print $1}' | while read -r pkg; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            echo "$pkg"
        fi
    done
}

mig_install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        mig_log "This is not a Debian-like system. Install the equivalents of these Debian packages, then run again:"
        grep -vE '^\s*(#|$)' "$MIG_ROOT/scripts/debian-packages.txt" >&2
        exit 1
    fi
    local missing
    missing="$(mig_missing_packages | tr '\n' ' ')"
    [ -z "${missing// /}" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            mig_log "Missing packages: $missing"
            mig_log "Run as root: apt-get install $missing"
            exit 1
        fi
    fi
    mig_log "Installing: $missing"
    # The daemons (sshd, slapd) are only used by tests, which start their own instances:
    # keep the packages from starting system services where there is no init system.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

mig_build() {
    # ccache: paths below the checkout are hashed relative to it, so every clone (and CI's fresh
    # one) shares the cache.
    export CCACHE_BASEDIR="$MIG_ROOT"
    export CCACHE_NOHASHDIR=1
    local build_dir="$MIG_ROOT/build"
    local -a extra=()
    if [ "${SANITIZE:-0}" = "1" ]; then
        build_dir="$MIG_ROOT/build-sanitize"
        extra+=(-DMIG_SANITIZE=ON)
    fi
    MIG_BUILD_DIR="$build_dir"
    export MIG_BUILD_DIR
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        mig_log "Configuring in $build_dir"
        cmake -S "$MIG_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >&2
    fi
    mig_log "Building"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" >&2
}

mig_install_dependencies
mig_build
