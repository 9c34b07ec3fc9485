/* Stands in for a running GECC Desk in the installer smoke test: it holds the mutex the
 * app's single-instance plug-in holds while the app runs ("th.gecc.desk-sim"), for the
 * number of seconds given, so the test can check that the installer refuses to go on. */
#include <windows.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    HANDLE mutex = CreateMutexW(NULL, TRUE, L"th.gecc.desk-sim");
    if (mutex == NULL) {
        return 1;
    }
    Sleep((DWORD)(argc > 1 ? atoi(argv[1]) : 30) * 1000);
    CloseHandle(mutex);
    return 0;
}
