; Inno Setup 6 script for the HubDesk installer on Windows.
;
; Built by packaging/build.py on Windows after PyInstaller has made dist\hubdesk; (it passes /DAppVersion from hubdesk/__init__.py and /DSourceRoot). By hand, from
; the checkout:  ISCC /DAppVersion=0.1.0 /DSourceRoot=%CD% packaging\windows\hubdesk.iss
;
; The installer: per-user by default (no administrator needed; an administrator may
; choose all users), in English or French after the system language, a Start-menu
; entry, an optional desktop shortcut, an uninstaller, and the file association of
; HubDesk library archives (.hubdesk-archive, see hubdesk/formats/archive.py).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging/build.py does it)
#endif
#ifndef SourceRoot
  #define SourceRoot AddBackslash(SourcePath) + "..\.."
#endif
#define AppExe "hubdesk.exe"
#define ArchiveExt ".hubdesk-archive"
#define ArchiveProgId "HubDesk.Archive"

[Setup]
AppId={{EE3E7559-51E7-43A2-A357-BCDB9D7B22D6}
AppName=HubDesk
AppVersion={#AppVersion}
AppVerName=HubDesk {#AppVersion}
AppPublisher=HubDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\HubDesk
DefaultGroupName=HubDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#SourceRoot}\dist
OutputBaseFilename=HubDesk-{#AppVersion}-setup
SetupIconFile={#SourceRoot}\build\stage\hubdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=HubDesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.ArchiveDescription=HubDesk library archive
french.ArchiveDescription=Archive HubDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: hubdesk.exe (the app), hubdesk-cli.exe (command line), _internal\.
Source: "{#SourceRoot}\dist\hubdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries wholesale, so no stale file of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\HubDesk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\HubDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .hubdesk-archive opens it in HubDesk; removed by the uninstaller.
Root: HKA; Subkey: "Software\Classes\{#ArchiveExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ArchiveProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ArchiveDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ArchiveProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#ArchiveExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,HubDesk}"; Flags: nowait postinstall skipifsilent
