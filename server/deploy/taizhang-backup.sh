#!/bin/sh
# Backup and restore of the county server's data (docs/server-install.md, decision 035).
#   taizhang-backup.sh backup  <file>   PostgreSQL (DATABASE_URL set): pg_dump while the server runs, as a role
#                                       that bypasses row-level security (TAIZHANG_BACKUP_URL, e.g. taizhang_backup):
#                                       the tables FORCE it, so the owner itself could not read every row.
#                                       PGlite (TAIZHANG_DATA_DIR): a copy of the pglite folder; the server must be stopped.
#   taizhang-backup.sh restore <file>   PostgreSQL: pg_restore into DATABASE_URL, a new empty database owned by the server's login.
#                                       PGlite: the server must be stopped; the current pglite folder is kept
#                                       beside it as pglite.before-restore-<time>, never deleted.
set -eu

usage() {
  echo "用法: $0 backup|restore <备份文件>   (DATABASE_URL 或 TAIZHANG_DATA_DIR 指明数据在哪里)" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
file=$2

# A PGlite folder is consistent only when no server has it open: the server's pid file says who has.
refuse_if_running() {
  pidfile="$TAIZHANG_DATA_DIR/server.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "县服务器 (pid $(cat "$pidfile")) 正在运行。请先停止它 (systemctl stop taizhang-server)，再备份或恢复。" >&2
    exit 1
  fi
}

if [ -n "${DATABASE_URL:-}" ]; then
  case $action in
    backup)
      backup_url=${TAIZHANG_BACKUP_URL:-$DATABASE_URL}
      sees_all=$(psql --no-psqlrc --tuples-only --no-align --dbname="$backup_url" \
        --command="SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
      if [ "$sees_all" != t ]; then
        echo "备份账号看不到全部数据（表启用了强制行级安全）。请用 TAIZHANG_BACKUP_URL 指定具有 BYPASSRLS 的备份账号 taizhang_backup（见 docs/server-install.md）。" >&2
        exit 1
      fi
      pg_dump --format=custom --file="$file" --dbname="$backup_url"
      ;;
    restore) pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$file" ;;
    *) usage ;;
  esac
else
  : "${TAIZHANG_DATA_DIR:?请设置 TAIZHANG_DATA_DIR（县服务器的数据文件夹）或 DATABASE_URL}"
  refuse_if_running
  case $action in
    backup)
      [ -d "$TAIZHANG_DATA_DIR/pglite" ] || { echo "$TAIZHANG_DATA_DIR/pglite 不存在，没有可备份的数据。" >&2; exit 1; }
      tar -czf "$file" -C "$TAIZHANG_DATA_DIR" pglite
      ;;
    restore)
      tar -tzf "$file" | grep -q '^pglite/PG_VERSION$' || { echo "$file 不是县服务器的 PGlite 备份。" >&2; exit 1; }
      if [ -d "$TAIZHANG_DATA_DIR/pglite" ]; then
        mv "$TAIZHANG_DATA_DIR/pglite" "$TAIZHANG_DATA_DIR/pglite.before-restore-$(date +%Y%m%d%H%M%S)"
      fi
      mkdir -p "$TAIZHANG_DATA_DIR"
      chmod 700 "$TAIZHANG_DATA_DIR"
      tar -xzf "$file" -C "$TAIZHANG_DATA_DIR"
      ;;
    *) usage ;;
  esac
fi
echo "完成: $action $file"
