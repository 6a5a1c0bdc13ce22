#!/usr/bin/env bash
# Builds the guest VM image every husk pod boots: an uncompressed kernel (vmlinux, booted
# through PVH), a small initramfs that only finds and mounts the root disk, and a read-only
# root filesystem image with busybox, node, runc, kernel modules and the built husk code.
# See docs/guest-image.md for the contents and the QEMU boot contract.
#
# Output: ${HUSK_GUEST_DIR:-<repo>/build/guest}/{vmlinux,initrd.img,rootfs.img,manifest.json}
# Cache:  <repo>/build/cache/debs (downloaded .debs; nothing is installed on the host)
# Env:    HUSK_REBUILD_GUEST=1 rebuilds even when manifest.json says the inputs are unchanged.
#         HUSK_GUEST_ROOTFS_FS=erofs|ext4 (default erofs), HUSK_GUEST_INITRD_COMPRESS=none|gzip|zstd|xz
#         (default none) exist for measuring; the defaults are the measured best under TCG.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SELF="$REPO/scripts/build-guest.sh"
GUEST_SRC="$REPO/scripts/guest"
OUT=$(realpath -m "${HUSK_GUEST_DIR:-$REPO/build/guest}")
DEB_CACHE="$REPO/build/cache/debs"
ROOTFS_FS=${HUSK_GUEST_ROOTFS_FS:-erofs}
INITRD_COMPRESS=${HUSK_GUEST_INITRD_COMPRESS:-none}

# Host binaries copied into the image (the host packages installed by scripts/install.sh).
NODE_BIN=/usr/bin/node
RUNC_BIN=/usr/sbin/runc
CRUN_BIN=/usr/bin/crun
BUSYBOX_BIN=/bin/busybox
# util-linux script (bsdutils): the agent runs terminal processes' runc under it, because
# Node cannot open a pty and runc wants a terminal of its own to relay.
SCRIPT_BIN=/usr/bin/script

# Shipped in the rootfs but not loaded at boot: the agent loads them when a host offers
# virtio-fs instead of 9p; the kernel loads ext4 itself (through modprobe) the first time a
# container's root filesystem comes as a hot-plugged ext4 disk (block-based snapshotters).
EXTRA_MODULES="virtiofs fuse ext4"

log() { echo "build-guest.sh: $*"; }
die() { echo "build-guest.sh: error: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (the images hold root-owned files and a /dev/console node)"
for tool in apt-get apt-cache dpkg-deb dpkg-query depmod modprobe cpio sha256sum od dd xz chroot flock gcc; do
  command -v "$tool" >/dev/null || die "$tool is required (see the apt-get line in scripts/install.sh)"
done
case "$ROOTFS_FS" in
  erofs) command -v mkfs.erofs >/dev/null || die "mkfs.erofs is required (apt-get install erofs-utils)" ;;
  ext4) command -v mkfs.ext4 >/dev/null || die "mkfs.ext4 is required (apt-get install e2fsprogs)" ;;
  *) die "HUSK_GUEST_ROOTFS_FS must be erofs or ext4, not '$ROOTFS_FS'" ;;
esac
case "$INITRD_COMPRESS" in
  none | gzip | zstd | xz) ;;
  *) die "HUSK_GUEST_INITRD_COMPRESS must be none, gzip, zstd or xz" ;;
esac
AGENT_BUNDLE=$REPO/dist/guest/husk-agent.mjs
[ -f "$AGENT_BUNDLE" ] || die "$AGENT_BUNDLE is missing: run npm run build first"
for f in "$NODE_BIN" "$RUNC_BIN" "$CRUN_BIN" "$BUSYBOX_BIN" "$SCRIPT_BIN"; do
  [ -x "$f" ] || die "$f is missing (see the apt-get line in scripts/install.sh)"
done
# ldd fails on a static binary; the Debian "busybox" package (not -static) would need libc.
if ldd "$BUSYBOX_BIN" >/dev/null 2>&1; then
  die "$BUSYBOX_BIN is dynamically linked: install busybox-static"
fi

sha() { sha256sum "$1" | cut -d' ' -f1; }

# --- Inputs -------------------------------------------------------------------------------

# The kernel: whatever linux-image-amd64 points at in the apt lists. One apt-cache call
# (the candidate's record only), as it dominates the time of an up-to-date check.
kernel_record() { apt-cache show --no-all-versions linux-image-amd64 2>/dev/null || true; }
record=$(kernel_record)
if [ -z "$record" ]; then
  log "apt lists do not know linux-image-amd64; running apt-get update"
  apt-get update -qq
  record=$(kernel_record)
  [ -n "$record" ] || die "apt cannot find linux-image-amd64"
fi
meta_version=$(sed -n 's/^Version: //p' <<<"$record" | head -n1)
kernel_dep=$(sed -n 's/^Depends: //p' <<<"$record" | head -n1 |
  tr ',' '\n' | sed -n 's/^ *\(linux-image-[^ ]*\) *(= *\([^)]*\)).*/\1 \2/p' | head -n1)
read -r KPKG KPKG_VERSION <<<"$kernel_dep" || true
if [ -z "${KPKG:-}" ] || [ -z "${KPKG_VERSION:-}" ]; then
  die "cannot tell which kernel linux-image-amd64 $meta_version depends on"
fi
KVER=${KPKG#linux-image-} # the package name carries the uname -r string, e.g. 6.1.0-56-amd64

# Every shared library the copied binaries load, as ldd names them (the loader included).
libs_of() { ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'; }
HOST_FILES=$({
  printf '%s\n' "$BUSYBOX_BIN" "$NODE_BIN" "$RUNC_BIN" "$CRUN_BIN" "$SCRIPT_BIN"
  libs_of "$NODE_BIN"
  libs_of "$RUNC_BIN"
  libs_of "$CRUN_BIN"
  libs_of "$SCRIPT_BIN"
} | sort -u)

# The Debian package owning each host file. dpkg records pre-usrmerge paths (/lib/...)
# while ldd may print either form, so each file is looked up as given, resolved, and with
# /usr dropped or added; all in one dpkg-query call, which is slow per call.
path_variants() {
  local real
  real=$(readlink -f "$1")
  printf '%s\n' "$1" "$real" "${1#/usr}" "${real#/usr}" "/usr$1" "/usr$real"
}
declare -A OWNER=()
while IFS= read -r line; do
  case "$line" in diversion*) continue ;; esac
  OWNER[${line#*: }]=${line%%: *}
done < <(for f in $HOST_FILES; do path_variants "$f"; done | sort -u | xargs dpkg-query -S 2>/dev/null || true)
owner_of() {
  local v
  for v in $(path_variants "$1"); do
    if [ -n "${OWNER[$v]:-}" ]; then
      echo "${OWNER[$v]%%:*}" # drop the ":amd64" qualifier
      return 0
    fi
  done
  return 1
}
OWNED=$(for f in $HOST_FILES; do owner_of "$f" || die "no Debian package owns $f"; done | sort -u)
# shellcheck disable=SC2086 # package names are single words
PACKAGES=$({
  echo "$KPKG $KPKG_VERSION"
  dpkg-query -W -f='${Package} ${Version}\n' $OWNED
} | sort -u)
# Build tools change the bytes of the images, so they are inputs too.
TOOLS=$(dpkg-query -W -f='${Package} ${Version}\n' kmod cpio erofs-utils e2fsprogs xz-utils zstd gzip gcc libc6-dev 2>/dev/null || true)

input_text() {
  echo "script $(sha "$SELF")"
  (cd "$GUEST_SRC" && find . -type f | LC_ALL=C sort | while read -r f; do
    echo "guest $f $(stat -c %a "$f") $(sha "$f")"
  done)
  awk '{print "package", $0}' <<<"$PACKAGES"
  awk '{print "tool", $0}' <<<"$TOOLS"
  echo "node $(sha "$NODE_BIN")"
  echo "agent $(sha "$AGENT_BUNDLE")"
  echo "rootfs-fs $ROOTFS_FS"
  echo "initrd-compress $INITRD_COMPRESS"
}
HASH=$(input_text | sha256sum | cut -d' ' -f1)

# One build at a time per output (install.sh and a test run may race): a second build
# waits here, then usually finds the first one's result up to date.
mkdir -p "$(dirname "$OUT")"
exec 9>"$OUT.lock"
flock 9

if [ -z "${HUSK_REBUILD_GUEST:-}" ] && [ -f "$OUT/manifest.json" ] &&
  [ -f "$OUT/vmlinux" ] && [ -f "$OUT/initrd.img" ] && [ -f "$OUT/rootfs.img" ] &&
  [ "$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).hash' "$OUT/manifest.json" 2>/dev/null)" = "$HASH" ]; then
  echo "build-guest.sh: ${OUT#"$REPO"/} is up to date ($HASH)"
  exit 0
fi

log "building guest image: kernel $KVER, rootfs $ROOTFS_FS, initrd compression $INITRD_COMPRESS"
started=$SECONDS

# The work dir sits next to the output so the final rename stays on one filesystem.
mkdir -p "$DEB_CACHE"
WORK=$(mktemp -d "$(dirname "$OUT")/.guest-build.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Kernel -------------------------------------------------------------------------------

deb_path() {
  local d
  for d in "$DEB_CACHE/$1"_*.deb; do
    if [ -f "$d" ] && [ "$(dpkg-deb -f "$d" Version)" = "$2" ]; then
      echo "$d"
      return
    fi
  done
}
KDEB=$(deb_path "$KPKG" "$KPKG_VERSION")
if [ -z "$KDEB" ]; then
  log "downloading $KPKG $KPKG_VERSION"
  # apt-get download writes to the current directory. As root it warns that the _apt user
  # cannot write there; that is harmless, so its noise is dropped unless it fails.
  (cd "$DEB_CACHE" && apt-get download -q "$KPKG=$KPKG_VERSION" >"$WORK/apt.log" 2>&1) ||
    { cat "$WORK/apt.log" >&2; die "apt-get download $KPKG=$KPKG_VERSION failed"; }
  KDEB=$(deb_path "$KPKG" "$KPKG_VERSION")
  [ -n "$KDEB" ] || die "apt-get download did not leave a $KPKG .deb in $DEB_CACHE"
  # Older kernels are never used again; each .deb is 70 MB.
  find "$DEB_CACHE" -maxdepth 1 -name 'linux-image-*.deb' ! -path "$KDEB" -delete
fi
KROOT="$WORK/kernel"
dpkg-deb -x "$KDEB" "$KROOT"
[ -f "$KROOT/boot/vmlinuz-$KVER" ] || die "$KDEB has no boot/vmlinuz-$KVER"
# The .deb ships no modules.dep (its postinst makes one); the closures below need it.
depmod -b "$KROOT" "$KVER"

# vmlinuz is a bzImage: real-mode setup code, then a decompressor, then the compressed
# kernel ELF. QEMU boots an ELF vmlinux directly through its PVH entry point, skipping
# the firmware and the decompression, which under TCG is most of the boot time.
# The boot protocol header (2.08+) says where the payload is: setup_sects at 0x1f1 (the
# protected-mode part starts at (setup_sects+1)*512), payload_offset at 0x248 from there,
# payload_length at 0x24c. The payload's last 4 bytes are the uncompressed size, appended
# by the kernel build after the compressed stream.
u8() { od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '; }
u32le() { od -An -tu1 -j "$2" -N4 "$1" | awk '{print $1 + $2*256 + $3*65536 + $4*16777216}'; }
extract_vmlinux() {
  local bz=$1 out=$2 setup_sects version start len magic size
  [ "$(od -An -c -j $((0x202)) -N4 "$bz" | tr -d ' ')" = HdrS ] || die "$bz is not a bzImage"
  version=$(od -An -tu1 -j $((0x206)) -N2 "$bz" | awk '{print $2 * 256 + $1}')
  [ "$version" -ge $((0x208)) ] || die "$bz uses boot protocol $version, too old to have payload fields"
  setup_sects=$(u8 "$bz" $((0x1f1)))
  [ "$setup_sects" -ne 0 ] || setup_sects=4
  start=$(((setup_sects + 1) * 512 + $(u32le "$bz" $((0x248)))))
  len=$(u32le "$bz" $((0x24c)))
  size=$(u32le "$bz" $((start + len - 4)))
  magic=$(od -An -tx1 -j "$start" -N6 "$bz" | tr -d ' \n')
  local decompress
  case "$magic" in
    fd377a585a00) decompress="xz -dc" ;;
    1f8b*) decompress="gzip -dc" ;;
    28b52ffd*) decompress="zstd -dcq" ;;
    5d0000*) decompress="xz --format=lzma -dc" ;;
    425a68*) decompress="bzip2 -dc" ;;
    02214c18*) decompress="lz4 -dc" ;;
    894c5a4f*) decompress="lzop -dc" ;;
    *) die "unknown compression magic $magic at offset $start of $bz" ;;
  esac
  command -v "${decompress%% *}" >/dev/null || die "${decompress%% *} is needed to unpack the kernel"
  dd if="$bz" iflag=skip_bytes,count_bytes skip="$start" count=$((len - 4)) status=none | $decompress >"$out" ||
    die "decompressing the kernel payload ($decompress) failed"
  [ "$(stat -c %s "$out")" = "$size" ] || die "vmlinux is $(stat -c %s "$out") bytes, the bzImage says $size"
  [ "$(od -An -tx1 -N4 "$out" | tr -d ' ')" = 7f454c46 ] || die "the kernel payload is not an ELF file"
  # The PVH entry is an ELF note: namesz 4, descsz 4 or 8, type 18
  # (XEN_ELFNOTE_PHYS32_ENTRY), name "Xen". Without it QEMU refuses -kernel vmlinux.
  LC_ALL=C grep -qaP '\x04\x00\x00\x00[\x04\x08]\x00\x00\x00\x12\x00\x00\x00Xen\x00' "$out" ||
    die "vmlinux has no PVH entry note (kernel built without CONFIG_PVH?)"
}
mkdir -p "$WORK/out"
extract_vmlinux "$KROOT/boot/vmlinuz-$KVER" "$WORK/out/vmlinux"

# --- Kernel modules -----------------------------------------------------------------------

# "name" lines of a list file, comments and blanks dropped.
list_of() { sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$1"; }
is_builtin() { modprobe -d "$KROOT" -S "$KVER" --show-depends "$1" 2>/dev/null | grep -q '^builtin '; }

# Copies the given modules and everything they depend on (soft dependencies too) into
# a tree, then runs depmod there so busybox modprobe finds them by name.
install_modules() {
  local dest=$1 m mod_dir="lib/modules/$KVER"
  shift
  mkdir -p "$dest/$mod_dir"
  for m in "$@"; do
    modprobe -d "$KROOT" -S "$KVER" --show-depends "$m" >"$WORK/deps" 2>&1 ||
      die "kernel $KVER has no module $m: $(cat "$WORK/deps")"
    awk '$1 == "insmod" {print $2}' "$WORK/deps"
  done | sort -u | while read -r ko; do
    rel=${ko#"$KROOT"/}
    mkdir -p "$dest/$(dirname "$rel")"
    cp "$ko" "$dest/$rel"
  done
  # modules.builtin lets modprobe answer "built in" instead of "not found".
  cp "$KROOT/$mod_dir"/modules.builtin "$KROOT/$mod_dir"/modules.builtin.modinfo "$KROOT/$mod_dir"/modules.order "$dest/$mod_dir/"
  depmod -b "$dest" "$KVER"
}

# The root filesystem module and what it needs. erofs and ext4 both link libcrc32c, whose
# init fails unless a crc32c implementation is loaded; crc32c-intel needs SSE4.2, which
# -cpu qemu64 lacks, so the generic one is loaded explicitly.
case "$ROOTFS_FS" in
  erofs) FS_MODULES="crc32c_generic erofs" ;;
  ext4) FS_MODULES="crc32c_generic ext4" ;;
esac
INITRD_WANT="$(list_of "$GUEST_SRC/initrd/modules") $FS_MODULES"
ROOTFS_WANT=$(list_of "$GUEST_SRC/rootfs/etc/husk/modules")

# Load lists without built-ins: busybox modprobe does not know about built-in modules.
load_list() {
  local m
  for m in "$@"; do
    if is_builtin "$m"; then echo "# $m: built into the kernel"; else echo "$m"; fi
  done
}

# --- initramfs ----------------------------------------------------------------------------

add_busybox() {
  local root=$1 applet
  mkdir -p "$root/bin"
  cp "$BUSYBOX_BIN" "$root/bin/busybox"
  for applet in $("$BUSYBOX_BIN" --list-full); do
    # linuxrc is for initrd-as-block-device boots, which this never is.
    case "$applet" in bin/busybox | linuxrc) continue ;; esac
    mkdir -p "$root/$(dirname "$applet")"
    ln -sf /bin/busybox "$root/$applet"
  done
}

IR="$WORK/initrd"
mkdir -p "$IR"/{dev,proc,sys,newroot,etc}
add_busybox "$IR"
install -m 0755 "$GUEST_SRC/initrd/init" "$IR/init"
# shellcheck disable=SC2086 # word splitting of the module lists is intended
load_list $INITRD_WANT >"$IR/etc/modules"
echo "$ROOTFS_FS" >"$IR/etc/rootfstype"
# shellcheck disable=SC2086
install_modules "$IR" $INITRD_WANT
# The kernel opens /dev/console for /init before anything mounts devtmpfs.
mknod -m 0600 "$IR/dev/console" c 5 1

initrd_raw="$WORK/initrd.cpio"
(cd "$IR" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$initrd_raw"
case "$INITRD_COMPRESS" in
  none) mv "$initrd_raw" "$WORK/out/initrd.img" ;;
  gzip) gzip -9 -n -c "$initrd_raw" >"$WORK/out/initrd.img" ;;
  zstd) zstd -q -19 -c "$initrd_raw" >"$WORK/out/initrd.img" ;;
  # The kernel's xz decoder only knows the CRC32 check.
  xz) xz -9 --check=crc32 -c "$initrd_raw" >"$WORK/out/initrd.img" ;;
esac

# --- root filesystem ----------------------------------------------------------------------

RF="$WORK/rootfs"
mkdir -p "$RF"/{dev,proc,sys,run,tmp,root,mnt,etc,opt/husk,lib,lib64,usr/lib,usr/bin,usr/sbin,var/lib}
chmod 1777 "$RF/tmp"
chmod 0700 "$RF/root"
ln -s ../run "$RF/var/run"
ln -s ../tmp "$RF/var/tmp"
add_busybox "$RF"

# Binaries and libraries go to the paths ldd names; PT_INTERP and glibc's built-in
# search path (/lib/x86_64-linux-gnu, /usr/lib/x86_64-linux-gnu) find them there without
# an ld.so.cache. The chroot checks below prove it.
for f in $HOST_FILES; do
  [ "$f" = "$BUSYBOX_BIN" ] && continue
  mkdir -p "$RF/$(dirname "$f")"
  rm -f "$RF/$f"
  cp -L "$f" "$RF/$f"
done

# shellcheck disable=SC2086
install_modules "$RF" $INITRD_WANT $ROOTFS_WANT $EXTRA_MODULES

cp -a "$GUEST_SRC/rootfs/." "$RF/"
# shellcheck disable=SC2086
load_list $ROOTFS_WANT >"$RF/etc/husk/modules"
chmod 0755 "$RF/etc/husk/rc.init" "$RF/etc/husk/agent.sh"
echo husk >"$RF/etc/hostname"

# PID 1 of a pod's shared PID namespace, which the agent keeps (src/guest/agent.ts).
mkdir -p "$RF/usr/libexec/husk"
gcc -static -Os -s -o "$RF/usr/libexec/husk/pause" "$GUEST_SRC/pause.c" || die "gcc -static pause.c failed (apt-get install gcc libc6-dev)"
# The serving helper (src/guest/helper.ts): RNG reseed, clock, hostname, mounts, rtnetlink.
gcc -static -Os -s -o "$RF/usr/libexec/husk/identity" "$GUEST_SRC/identity.c" "$GUEST_SRC/netlink.c" || die "gcc -static identity.c netlink.c failed"
# Runs crun's containers in the foreground as `runc run --keep` does (crun 1.8 has no --keep).
gcc -static -Os -s -o "$RF/usr/libexec/husk/oci-run" "$GUEST_SRC/oci-run.c" || die "gcc -static oci-run.c failed"
# The root of the throwaway container the VM cache runs in a ready VM (src/factory/warm-up.ts):
# busybox as `true` (a hard link: no second copy in the image) and the mount points it needs.
mkdir -p "$RF/usr/libexec/husk/warm-root"/{bin,dev,proc,sys}
ln "$RF/bin/busybox" "$RF/usr/libexec/husk/warm-root/bin/true"

# husk itself: the guest agent bundled into one file with its dependencies
# (scripts/bundle-agent.sh, run by npm run build): no node_modules in the guest.
cp "$AGENT_BUNDLE" "$RF/opt/husk/husk-agent.mjs"

# Prove the image's userland runs with only what is in it.
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /usr/bin/node --version >/dev/null || die "node does not run inside the rootfs"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /usr/sbin/runc --version >/dev/null || die "runc does not run inside the rootfs"
# crun re-executes itself from a memfd through /proc, which the chroot lacks: the loader
# finding every library it needs is the check.
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /lib64/ld-linux-x86-64.so.2 --list /usr/bin/crun >"$WORK/crun.ldd" 2>&1 && ! grep -q 'not found' "$WORK/crun.ldd" ||
  die "crun does not load inside the rootfs: $(cat "$WORK/crun.ldd")"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /usr/bin/script --version >/dev/null || die "script does not run inside the rootfs"
NODE_VERSION=$(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /usr/bin/node --version)
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$RF" /usr/bin/node --check /opt/husk/husk-agent.mjs ||
  die "the agent bundle does not parse inside the rootfs"

case "$ROOTFS_FS" in
  erofs)
    # Uncompressed: under TCG decompressing costs more than reading from the host's page
    # cache, and the image is shared read-only by every VM on the host.
    mkfs.erofs --quiet --all-root -T 0 "$WORK/out/rootfs.img" "$RF"
    ;;
  ext4)
    # No journal: the disk is never written. Size: content plus 10% and room for inodes.
    kib=$(du -sk --apparent-size "$RF" | cut -f1)
    mkfs.ext4 -q -F -L husk-root -O ^has_journal -E root_owner=0:0 -m 0 -N $(($(find "$RF" | wc -l) + 1024)) \
      -d "$RF" "$WORK/out/rootfs.img" "$((kib * 11 / 10 + 16384))K"
    ;;
esac

# --- manifest and atomic install ----------------------------------------------------------

HUSK_HASH=$HASH HUSK_KVER=$KVER HUSK_PACKAGES=$PACKAGES HUSK_OUT="$WORK/out" node -e '
  const fs = require("fs");
  const env = process.env;
  const files = {};
  for (const f of ["vmlinux", "initrd.img", "rootfs.img"]) files[f] = fs.statSync(env.HUSK_OUT + "/" + f).size;
  const packages = {};
  for (const line of env.HUSK_PACKAGES.split("\n")) {
    const [name, version] = line.split(" ");
    if (name) packages[name] = version;
  }
  const manifest = { hash: env.HUSK_HASH, kernel: env.HUSK_KVER, files, packages, built: new Date().toISOString() };
  fs.writeFileSync(env.HUSK_OUT + "/manifest.json", JSON.stringify(manifest, null, 2) + "\n");
'

# Renames instead of copies: a VM already running keeps its open (old) files, and a VM
# starting now finds the whole old set, the whole new one, or for an instant nothing;
# never an old kernel with new modules.
if [ -e "$OUT" ]; then
  mv "$OUT" "$WORK/old"
fi
mv -T "$WORK/out" "$OUT"

log "done in $((SECONDS - started))s: $OUT ($HASH)"
log "  kernel $KVER, node $NODE_VERSION"
for f in vmlinux initrd.img rootfs.img; do
  log "  $(printf '%-11s %6s KiB' "$f" $(($(stat -c %s "$OUT/$f") / 1024)))"
done
