; Inno Setup recipe: a Windows installer for the one-folder bundle PyInstaller makes in
; dist\fieldkit (packaging\fieldkit.spec). Built on Windows by .github/workflows/bundle.yml:
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\fieldkit.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\fieldkit.iss
;
; It installs for the current user (no administrator needed; an administrator may choose all
; users), adds fieldkit to the Start menu (the app, without a console window), and writes
; dist\fieldkit-<version>-windows-x64-setup.exe. Signing: set FIELDKIT_SIGNTOOL to the sign
; command, with $f where the file goes, e.g.
;   signtool sign /fd sha256 /tr <timestamp URL> /td sha256 /f <certificate.pfx> $f
; and pass it to iscc as the sign tool "fieldkit":  iscc "/Sfieldkit=%FIELDKIT_SIGNTOOL%" ...
; Without it the installer and the uninstaller are unsigned.
; Not run on the machine where fieldkit's Linux bundle is verified: see the README.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SignCommand GetEnv("FIELDKIT_SIGNTOOL")

[Setup]
AppId={{97D85262-E2D2-46AC-B898-36480AEC7F92}
AppName=fieldkit
AppVersion={#AppVersion}
AppVerName=fieldkit {#AppVersion}
AppPublisher=fieldkit contributors
DefaultDirName={autopf}\fieldkit
DefaultGroupName=fieldkit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=fieldkit-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\fieldkit-gui.exe
#if SignCommand != ""
SignTool=fieldkit
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\fieldkit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\fieldkit"; Filename: "{app}\fieldkit-gui.exe"
Name: "{group}\{cm:UninstallProgram,fieldkit}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\fieldkit"; Filename: "{app}\fieldkit-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldkit-gui.exe"; Description: "{cm:LaunchProgram,fieldkit}"; Flags: nowait postinstall skipifsilent
