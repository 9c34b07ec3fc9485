; GECC Desk's Windows installer: per user (no administrator prompt, as a clerk's locked-down
; PC needs), into %LOCALAPPDATA%\Programs\GECC Desk, in Thai or English as the system
; speaks. Compiled by `cargo xtask dist --windows` with Debian's makensis; Tauri's own NSIS
; bundler is not used because it downloads a plug-in while it builds.
;
; Defined by the build (makensis -D...): VERSION (1.2.3), SOURCE (the folder holding
; gecc-desk.exe, gecc.exe and WebView2Loader.dll), OUTFILE, ICON, and optionally
; WEBVIEW2_INSTALLER (Microsoft's offline WebView2 Runtime installer, carried inside for
; PCs without WebView2 and without internet; the hosted workflow supplies it).
;
; Command line: /S installs silently; the uninstaller takes /S, and /DELETEDATA to delete
; the user's data folder too (never without it).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
; A 64 MB dictionary spans both programs, which share most of their code (Typst, ICU,
; the fonts): measured, the installer went from 26.2 MB to 15.7 MB. Installing needs about
; 64 MB of memory to unpack; makensis about 700 MB to pack.
SetCompressorDictSize 64

!ifndef VERSION | SOURCE | OUTFILE | ICON
  !error "define VERSION, SOURCE, OUTFILE and ICON (cargo xtask dist --windows does)"
!endif

!define PRODUCT "GECC Desk"
!define IDENTIFIER "th.gecc.desk"
; The single-instance plug-in holds this mutex while the app runs.
!define RUNNING_MUTEX "th.gecc.desk-sim"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GECC Desk"
; The shortcut keeps one Thai name whatever the installer's language, so the uninstaller
; always finds it.
!define SHORTCUT "GECC Desk ศูนย์ราชการสะดวก"
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\GECC Desk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "FileDescription" "GECC Desk setup / ตัวติดตั้ง GECC Desk"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\gecc-desk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPageShow un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used when the system speaks neither.
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_THAI} "โปรแกรม GECC Desk"
LangString SecProgram ${LANG_ENGLISH} "GECC Desk"
LangString SecDesktop ${LANG_THAI} "ทางลัดบนเดสก์ท็อป"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString AppRunning ${LANG_THAI} "GECC Desk เปิดอยู่ กรุณาปิดโปรแกรมก่อน (งานที่ทำไว้บันทึกอยู่แล้ว) แล้วเปิดตัวติดตั้งนี้อีกครั้ง"
LangString AppRunning ${LANG_ENGLISH} "GECC Desk is running. Close it first (your work is already saved), then run this installer again."
LangString WebView2Missing ${LANG_THAI} "เครื่องนี้ยังไม่มี Microsoft Edge WebView2 Runtime ซึ่ง GECC Desk ต้องใช้แสดงหน้าต่างโปรแกรม ติดตั้งโปรแกรมต่อได้ แต่จะเปิดใช้ได้เมื่อติดตั้ง WebView2 แล้ว กรุณาขอให้ผู้ดูแลเครื่องติดตั้ง WebView2 Runtime (ตัวติดตั้งแบบออฟไลน์ของ Microsoft) หรือใช้ตัวติดตั้ง GECC Desk รุ่นที่มี WebView2 ในตัว"
LangString WebView2Missing ${LANG_ENGLISH} "This PC has no Microsoft Edge WebView2 Runtime, which GECC Desk needs to show its window. Installation goes on, but the program opens only once WebView2 is installed: ask whoever looks after this PC to install the WebView2 Runtime (Microsoft's offline installer), or use the GECC Desk installer that carries WebView2."
LangString WebView2Failed ${LANG_THAI} "ติดตั้ง WebView2 Runtime ไม่สำเร็จ (รหัส $1) GECC Desk ติดตั้งแล้ว แต่จะเปิดใช้ได้เมื่อติดตั้ง WebView2 สำเร็จ"
LangString WebView2Failed ${LANG_ENGLISH} "Installing the WebView2 Runtime failed (code $1). GECC Desk is installed but opens only once WebView2 is installed."
LangString InstallingWebView2 ${LANG_THAI} "กำลังติดตั้ง Microsoft Edge WebView2 Runtime..."
LangString InstallingWebView2 ${LANG_ENGLISH} "Installing the Microsoft Edge WebView2 Runtime..."
LangString DataTitle ${LANG_THAI} "ข้อมูลของสำนักงาน"
LangString DataTitle ${LANG_ENGLISH} "The office's data"
LangString DataSubtitle ${LANG_THAI} "เลือกว่าจะเก็บข้อมูลไว้หรือไม่"
LangString DataSubtitle ${LANG_ENGLISH} "Choose whether to keep the data"
LangString DataKept ${LANG_THAI} "คำตอบ หลักฐาน และสำรองข้อมูลของคุณอยู่ที่ $APPDATA\${IDENTIFIER} และจะถูกเก็บไว้ เมื่อติดตั้ง GECC Desk ใหม่ ข้อมูลจะกลับมาครบ"
LangString DataKept ${LANG_ENGLISH} "Your answers, evidence and backups are in $APPDATA\${IDENTIFIER} and will be kept: install GECC Desk again and they are all there."
LangString DataDelete ${LANG_THAI} "ลบข้อมูลของฉันด้วย: คำตอบ หลักฐาน และสำรองข้อมูลทั้งหมดจะถูกลบถาวรและกู้คืนไม่ได้"
LangString DataDelete ${LANG_ENGLISH} "Delete my data too: all answers, evidence and backups will be deleted for good and cannot be recovered"

Var DeleteData
Var DeleteDataBox

Function .onInit
  Call RefuseWhileRunning
FunctionEnd

; The app cannot be replaced while it runs: say so in the user's language and stop (exit
; status 2 when silent) rather than leave half of one version beside half of another.
!macro REFUSE_WHILE_RUNNING prefix
Function ${prefix}RefuseWhileRunning
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
  ${If} $0 P<> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    Goto running
  ${EndIf}
  ; A program that is running cannot be opened for writing on Windows.
  ${If} ${FileExists} "$INSTDIR\gecc-desk.exe"
    ClearErrors
    FileOpen $0 "$INSTDIR\gecc-desk.exe" a
    ${If} ${Errors}
      Goto running
    ${EndIf}
    FileClose $0
  ${EndIf}
  Return
running:
  MessageBox MB_ICONSTOP|MB_OK "$(AppRunning)" /SD IDOK
  SetErrorLevel 2
  Quit
FunctionEnd
!macroend
!insertmacro REFUSE_WHILE_RUNNING ""
!insertmacro REFUSE_WHILE_RUNNING "un."

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SOURCE}\gecc-desk.exe"
  File "${SOURCE}\gecc.exe"
  File "${SOURCE}\WebView2Loader.dll"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\gecc-desk.exe" "" "$INSTDIR\gecc-desk.exe" 0
  Call WriteUninstallEntry
  Call EnsureWebView2
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\gecc-desk.exe" "" "$INSTDIR\gecc-desk.exe" 0
SectionEnd

; What Windows' "Apps" list shows and how it removes the program, for this user only.
Function WriteUninstallEntry
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\gecc-desk.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
FunctionEnd

; WebView2 draws the app's window. Installed per machine or per user, the Evergreen
; runtime leaves its version under one of these keys.
Function EnsureWebView2
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  SetRegView lastused
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    DetailPrint "WebView2 Runtime $0"
    Return
  ${EndIf}
!ifdef WEBVIEW2_INSTALLER
  DetailPrint "$(InstallingWebView2)"
  InitPluginsDir
  File "/oname=$PLUGINSDIR\WebView2RuntimeInstaller.exe" "${WEBVIEW2_INSTALLER}"
  ExecWait '"$PLUGINSDIR\WebView2RuntimeInstaller.exe" /silent /install' $1
  ${If} $1 != 0
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(WebView2Failed)" /SD IDOK
  ${EndIf}
!else
  DetailPrint "$(WebView2Missing)"
  MessageBox MB_ICONEXCLAMATION|MB_OK "$(WebView2Missing)" /SD IDOK
!endif
FunctionEnd

LangString DESC_SecProgram ${LANG_THAI} "ตัวโปรแกรม เครื่องมือบรรทัดคำสั่ง gecc และทางลัดในเมนูเริ่ม"
LangString DESC_SecProgram ${LANG_ENGLISH} "The program, the gecc command-line tool and a Start-menu shortcut"
LangString DESC_SecDesktop ${LANG_THAI} "ทางลัดไปยัง GECC Desk บนเดสก์ท็อป"
LangString DESC_SecDesktop ${LANG_ENGLISH} "A shortcut to GECC Desk on the desktop"
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_SecProgram)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_SecDesktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  StrCpy $DeleteData ${BST_UNCHECKED}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DELETEDATA" $1
  ${IfNot} ${Errors}
    StrCpy $DeleteData ${BST_CHECKED}
  ${EndIf}
  Call un.RefuseWhileRunning
FunctionEnd

; The data stays unless the person ticks a box that says plainly what deleting means.
Function un.DataPageShow
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 40u "$(DataKept)"
  Pop $0
  ${NSD_CreateCheckbox} 0 50u 100% 30u "$(DataDelete)"
  Pop $DeleteDataBox
  ${NSD_SetState} $DeleteDataBox $DeleteData
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DeleteDataBox $DeleteData
FunctionEnd

Section "Uninstall"
  Delete "$INSTDIR\gecc-desk.exe"
  Delete "$INSTDIR\gecc.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The webview's own cache holds none of the office's data.
  RMDir /r "$LOCALAPPDATA\${IDENTIFIER}"
  ${If} $DeleteData == ${BST_CHECKED}
    RMDir /r "$APPDATA\${IDENTIFIER}"
  ${EndIf}
SectionEnd
