; Windows installer of the counter program (NSIS 3, Unicode, Chinese UI, per machine).
;   makensis -DVERSION=0.1.0 -DPAYLOAD=..\..\build\dist\counter-app -DOUTFILE=..\..\build\counter-app-0.1.0-setup.exe counter-app.nsi
; Interactive: asks for the centre's address and the station. Silent, for software distribution:
;   counter-app-0.1.0-setup.exe /S /API_URL=https://centre.example:8443 /STATION=2 [/READER=sdtapi|termb] [/D=C:\path]
; Writes C:\ProgramData\nanjing-counter\counter-app\station.ini ($APPDATA in the all-users context),
; which the program reads at start.
Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "-DVERSION=x.y.z is required"
!endif
!ifndef PAYLOAD
  !error "-DPAYLOAD=<the PyInstaller one-folder bundle> is required"
!endif
!ifndef OUTFILE
  !define OUTFILE "counter-app-${VERSION}-setup.exe"
!endif

!define PRODUCT "南京市车管所柜台业务系统"
!define SHORTNAME "车管所柜台"
!define PUBLISHER "南京市公安局交通管理局车辆管理所"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\NanjingCounter"
!define STATION_DIR "$APPDATA\nanjing-counter\counter-app"
!define STATION_FILE "${STATION_DIR}\station.ini"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\NanjingCounter"
RequestExecutionLevel admin
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\..\resources\icons\counter-app.ico"
!define MUI_UNICON "..\..\resources\icons\counter-app.ico"
!define MUI_ABORTWARNING

Var ApiUrl
Var StationId
Var Reader
Var UrlField
Var StationField

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
Page custom StationPage StationPageLeave
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\counter-app.exe"
!define MUI_FINISHPAGE_RUN_TEXT "启动${PRODUCT}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${Else}
    MessageBox MB_ICONSTOP "本程序需要 64 位 Windows 10 或 11。" /SD IDOK
    Abort
  ${EndIf}
  ; Defaults: what a previous installation wrote, then the command line.
  ReadINIStr $ApiUrl "${STATION_FILE}" "centre" "api_url"
  ReadINIStr $StationId "${STATION_FILE}" "station" "id"
  ReadINIStr $Reader "${STATION_FILE}" "reader" "kind"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/API_URL=" $R1
  ${IfNot} ${Errors}
    StrCpy $ApiUrl $R1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/STATION=" $R1
  ${IfNot} ${Errors}
    StrCpy $StationId $R1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/READER=" $R1
  ${IfNot} ${Errors}
    StrCpy $Reader $R1
  ${EndIf}
FunctionEnd

Function StationPage
  !insertmacro MUI_HEADER_TEXT "本机所在受理点" "填写中心服务地址和本机所在的受理点（由信息科提供）"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 24u "中心服务地址（https://…；留空则首次启动时再填写）："
  Pop $0
  ${NSD_CreateText} 0 26u 100% 13u "$ApiUrl"
  Pop $UrlField
  ${NSD_CreateLabel} 0 50u 100% 12u "受理点编号（1–10，见受理点一览；可留空）："
  Pop $0
  ${NSD_CreateNumber} 0 64u 60u 13u "$StationId"
  Pop $StationField
  ${NSD_CreateLabel} 0 90u 100% 36u "地址只接受 https；http 仅限本机演示（127.0.0.1）。启动时程序会再次检查地址能否连通。"
  Pop $0
  nsDialogs::Show
FunctionEnd

Function StationPageLeave
  ${NSD_GetText} $UrlField $ApiUrl
  ${NSD_GetText} $StationField $StationId
  ${If} $ApiUrl == ""
    Return
  ${EndIf}
  StrCpy $R0 $ApiUrl 8
  StrCpy $R1 $ApiUrl 17
  StrCpy $R2 $ApiUrl 17
  ${If} $R0 != "https://"
  ${AndIf} $R1 != "http://127.0.0.1"
  ${AndIf} $R2 != "http://localhost:"
    MessageBox MB_ICONEXCLAMATION "中心服务地址须以 https:// 开头（http 仅限本机 127.0.0.1）。"
    Abort
  ${EndIf}
FunctionEnd

Section "install"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${SHORTNAME}"
  CreateShortcut "$SMPROGRAMS\${SHORTNAME}\${PRODUCT}.lnk" "$INSTDIR\counter-app.exe" "" "$INSTDIR\counter-app.exe" 0
  CreateShortcut "$SMPROGRAMS\${SHORTNAME}\卸载${SHORTNAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\counter-app.exe" "" "$INSTDIR\counter-app.exe" 0

  CreateDirectory "${STATION_DIR}"
  ${If} $ApiUrl != ""
    WriteINIStr "${STATION_FILE}" "centre" "api_url" "$ApiUrl"
  ${EndIf}
  ${If} $StationId != ""
    WriteINIStr "${STATION_FILE}" "station" "id" "$StationId"
  ${EndIf}
  ${If} $Reader != ""
    WriteINIStr "${STATION_FILE}" "reader" "kind" "$Reader"
  ${EndIf}

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\counter-app.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; Each clerk's own data (outbox, logs under %LOCALAPPDATA%) stays: the outbox may still hold
  ; writes that have not reached the centre.
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$SMPROGRAMS\${SHORTNAME}"
  Delete "${STATION_FILE}"
  RMDir "${STATION_DIR}"
  RMDir "$APPDATA\nanjing-counter"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
