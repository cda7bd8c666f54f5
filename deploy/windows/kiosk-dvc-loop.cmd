@echo off
rem Ki-ot dich vu cong on Windows: start the kiosk and start it again when it fails,
rem as the systemd unit does on Linux (see DEPLOY.md). It stays where the build put
rem it, in deploy\windows; a Task Scheduler task runs it at the kiosk user's log-on.
rem Exit codes: 0 = Quit kiosk (stop), 75 = Restart kiosk, 2 = config error and
rem 3 = data held by another kiosk or from a newer version (stop: run kiosk-dvc diag).
setlocal
if not defined KIOSK_CONFIG set "KIOSK_CONFIG=%PROGRAMDATA%\kiosk-dvc\kiosk.toml"
:again
start "" /wait "%~dp0..\..\kiosk-dvc.exe" run
set "code=%errorlevel%"
if "%code%"=="0" exit /b 0
if "%code%"=="2" exit /b 2
if "%code%"=="3" exit /b 3
timeout /t 3 /nobreak >nul
goto again
