"""Asks an app's windows to close the way a window manager does when the user clicks X:
a WM_DELETE_WINDOW client message. Xvfb has no window manager, so the tests send it.

Usage: python3 close_window.py PID    (exit status 0 when at least one window was asked)
Only libX11 (already present with GTK) is needed: no packages to install.
"""
import ctypes
import ctypes.util
import sys

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33
NO_EVENT_MASK = 0

x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = Atom
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XQueryTree.argtypes = [
    ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
    ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint),
]
x11.XGetWindowProperty.argtypes = [
    ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
    ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
]
x11.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XFlush.argtypes = [ctypes.c_void_p]


def window_pid(display, window, pid_atom):
    actual_type, actual_format = Atom(), ctypes.c_int()
    count, remaining, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    status = x11.XGetWindowProperty(display, window, pid_atom, 0, 1, 0, 0, ctypes.byref(actual_type),
                                    ctypes.byref(actual_format), ctypes.byref(count), ctypes.byref(remaining),
                                    ctypes.byref(data))
    if status != 0 or not data.value or count.value == 0:
        return None
    pid = ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[0]
    x11.XFree(data)
    return pid


def all_windows(display, window):
    root, parent = Window(), Window()
    children, count = ctypes.POINTER(Window)(), ctypes.c_uint()
    if not x11.XQueryTree(display, window, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count)):
        return
    found = [children[i] for i in range(count.value)]
    if children:
        x11.XFree(children)
    for child in found:
        yield child
        yield from all_windows(display, child)


def main():
    pid = int(sys.argv[1])
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("cannot open the X display")
    pid_atom = x11.XInternAtom(display, b"_NET_WM_PID", 0)
    protocols = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    delete = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    asked = 0
    for window in all_windows(display, x11.XDefaultRootWindow(display)):
        if window_pid(display, window, pid_atom) != pid:
            continue
        event = XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = protocols
        event.xclient.format = 32
        event.xclient.data[0] = delete
        event.xclient.data[1] = 0  # CurrentTime
        x11.XSendEvent(display, window, 0, NO_EVENT_MASK, ctypes.byref(event))
        asked += 1
    x11.XFlush(display)
    print(f"asked {asked} window(s) of process {pid} to close")
    sys.exit(0 if asked else 1)


main()
