# Shared by the shell tests (cli, cargo, package): `check WHAT CMD...` runs
# CMD and counts a failure in $failures; `show TITLE FILE` prints a file.
failures=0
check() { # description, then a command that must succeed
  local what=$1
  shift
  if "$@"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}
show() { # title file
  echo "---- $1 ----"
  cat "$2"
  echo "---- end ----"
}
