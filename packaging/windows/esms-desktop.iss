; Inno Setup 6 script: the Windows installer of esms-desktop (see packaging/README.md).
; On Windows, from the repository's root, after the set-up:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\esms-desktop.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\esms-desktop.iss
; → dist\esms-desktop-<version>-windows-x64-setup.exe
; The default AppVersion below must equal esms_desktop.__version__ (tests/test_bundle.py checks it).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "esms-desktop"
#define AppExe "esms-desktop.exe"
#define DossierExt ".esms"
#define MemberSheetExt ".esms-og"
#define DossierProgId "EsmsDesktop.Dossier"

[Setup]
; AppId identifies the application for upgrades and uninstall: never change it.
AppId={{7B5D1C85-3ACF-4CE9-B7E9-7583F636DFF0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=esms-desktop
AppCopyright=Licence EUPL-1.2
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose « all users ».
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\icons\esms-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DossierFileType=Dossier ESMS numérique
english.DossierFileType=ESMS numérique dossier
french.AssociateTask=Ouvrir les fichiers de dossier %1 avec esms-desktop
english.AssociateTask=Open %1 dossier files with esms-desktop
french.OtherTasks=Autres tâches :
english.OtherTasks=Other tasks:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateTask,{#DossierExt}}"; GroupDescription: "{cm:OtherTasks}"

[Files]
; The one-folder bundle made by PyInstaller (esms-desktop.exe, esms-desktop-cli.exe, _internal\).
Source: "dist\esms-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .esms dossier file type (JSON inside), opened by esms-desktop.exe "<file>".
Root: HKA; Subkey: "Software\Classes\{#DossierExt}"; ValueType: string; ValueName: ""; ValueData: "{#DossierProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DossierExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-esms-dossier"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DossierExt}\OpenWithProgids"; ValueType: string; ValueName: "{#DossierProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DossierProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DossierFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DossierProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DossierProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DossierExt}"; ValueData: ""; Flags: uninsdeletekey
; The .esms-og member sheet (a porteur's request to one OG, or its answer): opened by the same command.
Root: HKA; Subkey: "Software\Classes\{#MemberSheetExt}"; ValueType: string; ValueName: ""; ValueData: "{#DossierProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#MemberSheetExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-esms-member-sheet"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#MemberSheetExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
