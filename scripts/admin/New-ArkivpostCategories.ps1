<#
.SYNOPSIS
Creates Arkivpost's Outlook master categories in the function mailboxes of an
organisation profile.

.DESCRIPTION
Arkivpost mirrors a message's shared state (status, assignee, archive
reference) as Outlook categories, so the message list shows it in every
client. Outlook only colours a category that is in the mailbox's master
category list, and the people who work in a shared function mailbox are
delegates: neither Outlook nor the add-in lets a delegate add master
categories. An administrator runs this script once per organisation, and
again after adding a function mailbox.

For each mailbox of the profile whose kind is "function" or "position" (or
the ones given with -Mailbox), the script creates the categories listed in
categories.json for the profile's language, with their colours. Categories
that already exist (compared without regard to case) are left alone, so the
script can be run any number of times. Use -WhatIf to see what it would do.

The category names are NOT written in this script: categories.json is
generated from the add-in's own code (src/core/state), so the script creates
exactly the names the add-in writes.

Sign-in, in order of preference:
  1. An existing Microsoft Graph session (Connect-MgGraph run beforehand).
  2. App-only: -TenantId, -ClientId and -CertificateThumbprint of an app
     registration with the application permission MailboxSettings.ReadWrite,
     limited to the function mailboxes with Exchange Online RBAC for
     Applications (see docs/admin.md).
  3. Otherwise: Connect-MgGraph -Scopes MailboxSettings.ReadWrite (delegated).
     Graph only documents delegated access to the signed-in user's own
     master list, so use this for a test mailbox you sign in to.

Requires the Microsoft Graph PowerShell SDK modules
Microsoft.Graph.Authentication and Microsoft.Graph.Users
(Install-Module Microsoft.Graph.Users -Scope CurrentUser).
Runs in Windows PowerShell 5.1 and PowerShell 7.

.PARAMETER Profile
Path to the organisation profile, e.g. profiles/ha-kommune.json. Its
"language" chooses the category names; its "mailboxes" the mailboxes.

.PARAMETER Mailbox
Only these mailboxes (addresses or user principal names). Default: every
mailbox in the profile whose kind is in -Kind.

.PARAMETER Kind
Which kinds of profile mailboxes get the categories. Default: function and
position (the shared ones); system mailboxes are left out.

.PARAMETER Assignee
Caseworkers to create an "assigned" category for (e.g. "Tildelt: Kari
Nordmann"), so it shows in colour. Give names as the directory shows them;
"Nordmann, Kari" becomes "Kari Nordmann", as the add-in writes it. Without
this, assigned categories still show in Outlook, only without colour.

.PARAMETER UpdateColor
Also set the colour of categories that exist with another colour.

.PARAMETER CategoriesPath
The generated category list. Default: categories.json next to this script.

.PARAMETER TenantId
Tenant for app-only sign-in.

.PARAMETER ClientId
Application (client) id for app-only sign-in.

.PARAMETER CertificateThumbprint
Thumbprint of the app's certificate in the current user's certificate store.

.EXAMPLE
Connect-MgGraph -TenantId ha.kommune.no -ClientId <app id> -CertificateThumbprint <thumbprint>
.\scripts\admin\New-ArkivpostCategories.ps1 -Profile profiles/ha-kommune.json -WhatIf

Shows which categories would be created in each function mailbox of the profile.

.EXAMPLE
.\scripts\admin\New-ArkivpostCategories.ps1 -Profile profiles/ha-kommune.json -Assignee 'Kari Nordmann','Hansen, Per'

Creates the status categories ("Under behandling", "Ferdig", ...) and
"Tildelt: Kari Nordmann" and "Tildelt: Per Hansen" in every function mailbox.

.EXAMPLE
.\scripts\admin\New-ArkivpostCategories.ps1 -Profile profiles/vara-kommun.json -Mailbox registrator@vara.se -Verbose

Only one mailbox, telling which categories already existed.

.OUTPUTS
One object per mailbox and category: Mailbox, Category, Color, Result
(created, exists, recoloured, would create, failed).
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [Alias('ProfilePath')]
    [string] $Profile,

    [string[]] $Mailbox,

    [ValidateSet('function', 'position', 'system')]
    [string[]] $Kind = @('function', 'position'),

    [string[]] $Assignee = @(),

    [switch] $UpdateColor,

    [string] $CategoriesPath = (Join-Path $PSScriptRoot 'categories.json'),

    [string] $TenantId,
    [string] $ClientId,
    [string] $CertificateThumbprint
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

# $Profile shadows PowerShell's automatic variable of the same name: copy it at once.
$profilePath = $Profile

# Outlook's longest category name; the add-in cuts names to fit in the same way.
$MaxCategoryLength = 255

function Read-Json([string] $Path) {
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        throw "File not found: $Path"
    }
    return (Get-Content -LiteralPath $Path -Raw -Encoding UTF8 | ConvertFrom-Json)
}

# Same rule as categoryText() in src/core/state/categories.ts: Outlook for
# Windows splits category lists on commas and semicolons, so they go, and a
# directory name "Nordmann, Kari" becomes "Kari Nordmann".
function ConvertTo-CategoryText([string] $Value) {
    $s = ($Value -replace '\s+', ' ').Trim()
    $parts = $s.Split(',')
    if ($parts.Count -eq 2 -and -not $s.Contains(';')) {
        $last = $parts[0].Trim()
        $first = $parts[1].Trim()
        if ($last -ne '' -and $first -ne '') { $s = "$first $last" }
    }
    $s = $s -replace '[,;\p{Cc}\u2028\u2029]', ' '
    return ($s -replace '\s+', ' ').Trim()
}

function Get-Wanted($LanguageEntry, [string[]] $Names) {
    $wanted = New-Object System.Collections.Generic.List[object]
    foreach ($c in $LanguageEntry.categories) {
        $wanted.Add([pscustomobject]@{ DisplayName = [string]$c.displayName; Color = [string]$c.color })
    }
    foreach ($n in $Names) {
        $name = ConvertTo-CategoryText $n
        if ($name -eq '') { continue }
        $prefix = [string]$LanguageEntry.assignedPrefix
        $room = $MaxCategoryLength - $prefix.Length
        if ($name.Length -gt $room) { $name = $name.Substring(0, $room).Trim() }
        $wanted.Add([pscustomobject]@{ DisplayName = $prefix + $name; Color = [string]$LanguageEntry.assignedColor })
    }
    return $wanted
}

function Connect-Graph {
    if (Get-MgContext) { return }
    if ($ClientId) {
        if (-not $TenantId -or -not $CertificateThumbprint) {
            throw 'App-only sign-in needs -TenantId, -ClientId and -CertificateThumbprint.'
        }
        Connect-MgGraph -TenantId $TenantId -ClientId $ClientId -CertificateThumbprint $CertificateThumbprint -NoWelcome
    }
    else {
        Write-Warning ('Signing in with delegated MailboxSettings.ReadWrite. Graph documents delegated ' +
            'access to your own master list only; for shared mailboxes use app-only sign-in (docs/admin.md).')
        $connect = @{ Scopes = @('MailboxSettings.ReadWrite'); NoWelcome = $true }
        if ($TenantId) { $connect.TenantId = $TenantId }
        Connect-MgGraph @connect
    }
}

# --- What to create ---------------------------------------------------------

$catalog = Read-Json $CategoriesPath
$org = Read-Json $profilePath

$lang = [string]$org.language
$entry = $catalog.languages.PSObject.Properties[$lang]
if (-not $entry) {
    throw "The profile's language '$lang' is not in $CategoriesPath (expected nb, nn, sv or en)."
}
$wanted = Get-Wanted $entry.Value $Assignee

if ($Mailbox) {
    $targets = @($Mailbox)
}
else {
    $targets = @($org.mailboxes | Where-Object { $Kind -contains $_.kind } | ForEach-Object { [string]$_.address })
}
if ($targets.Count -eq 0) {
    throw "No mailboxes of kind $($Kind -join ', ') in $profilePath."
}

Write-Verbose ("{0} ({1}): {2} categories in {3} mailboxes" -f $org.name, $lang, $wanted.Count, $targets.Count)

# --- Create them ------------------------------------------------------------

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-Graph

$failed = 0
foreach ($address in $targets) {
    try {
        $existing = @(Get-MgUserOutlookMasterCategory -UserId $address -All)
    }
    catch {
        Write-Error -ErrorAction Continue "${address}: cannot read the master categories: $($_.Exception.Message)"
        $failed++
        continue
    }
    $byName = @{}
    foreach ($e in $existing) { $byName[([string]$e.DisplayName).ToLowerInvariant()] = $e }

    foreach ($w in $wanted) {
        $result = [pscustomobject]@{ Mailbox = $address; Category = $w.DisplayName; Color = $w.Color; Result = '' }
        $found = $byName[$w.DisplayName.ToLowerInvariant()]
        try {
            if ($found) {
                if ($UpdateColor -and [string]$found.Color -ne $w.Color) {
                    if ($PSCmdlet.ShouldProcess($address, "Set the colour of '$($w.DisplayName)' to $($w.Color)")) {
                        Update-MgUserOutlookMasterCategory -UserId $address -OutlookCategoryId $found.Id -Color $w.Color | Out-Null
                        $result.Result = 'recoloured'
                    }
                    else { $result.Result = 'would recolour' }
                }
                else {
                    $result.Color = [string]$found.Color
                    $result.Result = 'exists'
                    Write-Verbose "${address}: '$($w.DisplayName)' exists"
                }
            }
            elseif ($PSCmdlet.ShouldProcess($address, "Create master category '$($w.DisplayName)' ($($w.Color))")) {
                New-MgUserOutlookMasterCategory -UserId $address -DisplayName $w.DisplayName -Color $w.Color | Out-Null
                $result.Result = 'created'
            }
            else {
                $result.Result = 'would create'
            }
        }
        catch {
            Write-Error -ErrorAction Continue "${address}: '$($w.DisplayName)': $($_.Exception.Message)"
            $result.Result = 'failed'
            $failed++
        }
        $result
    }
}

if ($failed -gt 0) {
    Write-Warning "$failed operation(s) failed; the others were done. Run the script again after fixing the cause."
    exit 1
}
