; Inno Setup script for the Windows installer (packaging/README.md, "Windows").
; Build the bundle first (`pyinstaller ... packaging\homsquotes.spec` gives dist\HomsQuotes\),
; then:  iscc /DAppVersion=0.1.0 packaging\windows\homsquotes.iss
; AppVersion comes from homsquotes\appinfo.py (the README shows the one-liner that reads it).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\homsquotes.iss
#endif
#define AppName "HomsQuotes"
#define AppId "io.github.homsquotes.HomsQuotes"
#define BundleDir "..\..\dist\HomsQuotes"

[Setup]
; A fixed GUID-free AppId keeps upgrades in place; it is the app id from appinfo.py.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The homsquotes developers
AppPublisherURL=https://github.com/homsquotes/homsquotes
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default: no administrator rights needed on a university laptop.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=HomsQuotes-{#AppVersion}-setup
SetupIconFile=..\..\build\{#AppId}.ico
UninstallDisplayIcon={app}\{#AppName}.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the homsquotes command to PATH"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
