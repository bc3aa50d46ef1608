#!/usr/bin/env bash
# 1,000,000 lookups over every country and every shipped language; VmRSS
# after the first 100,000 and after the last. See scripts/load.sh.
exec "$(dirname "$0")/load.sh" memory
