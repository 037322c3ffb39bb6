# Runs a command on a pseudo-terminal, as a learner at a terminal would: waits
# until the output shows a text, types keys, and prints one JSON line with the
# exit code and everything the command wrote.
#   python3 pty-drive.py CWD WAIT_FOR KEYS COMMAND [ARGS...]
# KEYS takes escapes: "\x03" is Ctrl-C, "y\r" is y and Enter.
#
# Relay mode, for a test that converses with the program step by step: what
# the command writes on its terminal comes out on stdout as it is written,
# what arrives on stdin is typed on the terminal, and the exit status is the
# command's (128 + N when a signal N ended it).
#   python3 pty-drive.py --relay [--cols N] [--rows N] [--timeout S] CWD COMMAND [ARGS...]
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


def relay(argv):
    cols, rows, timeout = 80, 30, 120.0
    while argv and argv[0].startswith("--"):
        flag, value = argv[0], argv[1]
        if flag == "--cols":
            cols = int(value)
        elif flag == "--rows":
            rows = int(value)
        elif flag == "--timeout":
            timeout = float(value)
        else:
            sys.exit("pty-drive: unknown option " + flag)
        argv = argv[2:]
    cwd, command = argv[0], argv[1:]
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set on the child's side before it starts, so the program
        # reads it at once.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.chdir(cwd)
        os.execvp(command[0], command)
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    watched = [fd, stdin]
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select(watched, [], [], 0.05)
        if fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            while chunk:
                chunk = chunk[os.write(stdout, chunk):]
        if stdin in ready:
            data = os.read(stdin, 65536)
            if not data:
                watched = [fd]
            while data:
                data = data[os.write(fd, data):]
    else:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))


if sys.argv[1:2] == ["--relay"]:
    relay(sys.argv[2:])

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
