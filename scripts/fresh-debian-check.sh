#!/usr/bin/env bash
# The set-up check: runs the README's two commands (`make run`, then `make test`) on the committed
# tree in a clean Debian chroot made by debootstrap (the minimal base plus `make`, which a user
# installs to type the commands at all), as on a freshly installed machine. It catches a package
# or program that install-deps.sh forgets and that a developer's machine happens to have. Run it
# before a release; it takes as long as a first build plus the tests (see README.md).
# Usage: sudo scripts/fresh-debian-check.sh [SUITE [MIRROR]]  (default: this machine's suite and
# deb.debian.org). Needs root, debootstrap (installed if missing) and the network.
set -euo pipefail
cd "$(dirname "$0")/.."
suite=${1:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}
mirror=${2:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian-check: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

root=$(mktemp -d /tmp/colossus-debian.XXXXXX)
cleanup() {
  for m in dev/pts dev proc sys; do umount "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

echo "== debootstrap $suite (minbase) from $mirror into $root"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 ||
  { tail -20 "$root.log" >&2; exit 1; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t sysfs sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/colossus"
git archive HEAD | tar -x -C "$root/colossus"

echo "== the README's commands, in the chroot"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root bash -euc '
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq make >/dev/null
  cd /colossus
  start=$(date +%s)
  make run
  echo "== make run: $(( $(date +%s) - start )) s"
  make test
  echo "== make run + make test: $(( $(date +%s) - start )) s"
'
echo "fresh-debian-check: passed on Debian $suite"
