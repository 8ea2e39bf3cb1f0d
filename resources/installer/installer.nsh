; Included into the NSIS installer (electron-builder.yml nsis.include). Electron 45 runs on
; Windows 10 and 11 only: on Windows 7 or 8 the app would install and then never open, so the
; installer stops first and says why, in Chinese (README: what a Windows 7 office does).
!include WinVer.nsh

!macro customInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "台账需要 Windows 10 或 Windows 11（64 位）。$\r$\n这台电脑的 Windows 版本太旧，台账无法在上面运行，所以没有安装。$\r$\n请联系县司法局。"
    Quit
  ${EndIf}
!macroend
