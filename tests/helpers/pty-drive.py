# Runs a command on a pseudo-terminal, as a learner at a terminal would: waits
# until the output shows a text, types keys, and prints one JSON line with the
# exit code and everything the command wrote.
#   python3 pty-drive.py CWD WAIT_FOR KEYS COMMAND [ARGS...]
# KEYS takes escapes: "\x03" is Ctrl-C, "y\r" is y and Enter.
import json
import os
import pty
import select
import sys
import time

cwd, wait_for, keys = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode().decode("unicode_escape").encode()
command = sys.argv[4:]

pid, fd = pty.fork()
if pid == 0:
    os.chdir(cwd)
    os.execvp(command[0], command)

output = b""
sent = False
deadline = time.time() + 30
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.05)
    if ready:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    if not sent and wait_for in output:
        time.sleep(0.2)
        os.write(fd, keys)
        sent = True
else:
    os.kill(pid, 9)

_, status = os.waitpid(pid, 0)
if os.WIFEXITED(status):
    code = os.WEXITSTATUS(status)
else:
    code = 128 + os.WTERMSIG(status)
print(json.dumps({"code": code, "sent": sent, "output": output.decode("utf-8", "replace")}))
