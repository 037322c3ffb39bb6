<#
.SYNOPSIS
  pytutor's smoke test on a real Windows machine (PowerShell 5.1 or 7), from a clone.
.DESCRIPTION
  Installs and builds, then runs the commands a learner and a course's CI run
  and checks their verdicts: doctor, check of a reference solution (passes)
  and of a wrong variant (fails), a hung program stopped at --timeout 3 whose
  report names its threads, verify of one exercise, and that no Python process
  it started is left running. Each step prints PASS or FAIL; the exit code is
  the number of failed steps (0: all passed).
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File scripts\smoke.ps1
  pwsh scripts/smoke.ps1 -NoInstall -Python C:\Python312\python.exe
#>
param(
  [switch]$NoInstall,
  [string]$Python = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
if ($Python -ne '') { $env:PYTUTOR_PYTHON = $Python }

# Everything the runs create (scratch copies, the probe's cache) stays under
# one folder of this run's.
$SmokeTmp = Join-Path ([System.IO.Path]::GetTempPath()) ('pytutor-smoke-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $SmokeTmp | Out-Null
$env:TEMP = $SmokeTmp
$env:TMP = $SmokeTmp
$env:PYTUTOR_CACHE_DIR = Join-Path $SmokeTmp 'cache'
$env:NO_COLOR = '1'
$Started = Get-Date
$script:Failed = 0

function Write-Pass([string]$Name) { Write-Host "PASS  $Name" }

function Write-Fail([string]$Name, [string]$Output) {
  Write-Host "FAIL  $Name"
  if ($Output) {
    $Output -split "`r?`n" | Select-Object -Last 40 | ForEach-Object { Write-Host "      | $_" }
  }
  $script:Failed++
}

# Runs a command from the clone; returns its exit code and output. A native
# command's exit code never throws, whatever $ErrorActionPreference says.
function Invoke-Step([string]$File, [string[]]$Arguments) {
  Push-Location $Root
  $previous = $ErrorActionPreference
  try {
    $ErrorActionPreference = 'Continue'
    $output = & $File @Arguments 2>&1 | Out-String
    return @{ Code = $LASTEXITCODE; Output = $output }
  } finally {
    $ErrorActionPreference = $previous
    Pop-Location
  }
}

function Test-Step([string]$Name, [int]$Expected, [string]$File, [string[]]$Arguments) {
  $result = Invoke-Step $File $Arguments
  if ($result.Code -eq $Expected) {
    Write-Pass $Name
  } else {
    Write-Fail $Name ($result.Output + "(exit code $($result.Code), expected $Expected)")
  }
  return $result
}

function Test-Pytutor([string]$Name, [int]$Expected, [string[]]$Arguments) {
  $all = @((Join-Path $Root 'bin\pytutor.js'), '--lang', 'en') + $Arguments
  return Test-Step $Name $Expected 'node' $all
}

try {
  Write-Host "pytutor smoke test: $Root on Windows $([Environment]::OSVersion.Version), PowerShell $($PSVersionTable.PSVersion)"
  if (-not $NoInstall) {
    Test-Step 'install (npm ci)' 0 'npm' @('ci', '--no-audit', '--no-fund') | Out-Null
  }
  Test-Step 'build (npm run build)' 0 'npm' @('run', 'build') | Out-Null

  Test-Pytutor 'pytutor doctor' 0 @('doctor') | Out-Null
  Test-Pytutor 'check ejercicio2, reference solution passes' 0 @('check', 'ejercicio2', 'exercises\ejercicio2\solution.py') | Out-Null
  Test-Pytutor 'check ejercicio2, a wrong variant (secuencial.py) fails' 1 @('check', 'ejercicio2', 'exercises\ejercicio2\variants\secuencial.py') | Out-Null
  Test-Pytutor 'check ejercicio14, reference solution passes' 0 @('check', 'ejercicio14', 'exercises\ejercicio14\solution.py') | Out-Null

  $name = 'a hung program is stopped at --timeout 3 and its report names the threads'
  $hang = Test-Pytutor "$name (exit 1)" 1 @('check', 'ejercicio2', 'fixtures\programs\hang-threads.py', '--timeout', '3')
  if ($hang.Code -eq 1) {
    if ($hang.Output -match 'Descargador' -and $hang.Output -match 'MainThread') {
      Write-Pass $name
    } else {
      Write-Fail $name ($hang.Output + '(the report does not name the threads Descargador and MainThread)')
    }
  }

  # Windows has no CPU accounting: the parallelism check is skipped and says why, not guessed.
  $name = "ejercicio14's parallelism check is skipped with its reason (no CPU accounting)"
  $json = Test-Pytutor "$name (--json)" 0 @('check', 'ejercicio14', 'exercises\ejercicio14\solution.py', '--json')
  if ($json.Code -eq 0) {
    $doc = $null
    try {
      $text = $json.Output
      $doc = $text.Substring($text.IndexOf('{'), $text.LastIndexOf('}') - $text.IndexOf('{') + 1) | ConvertFrom-Json
    } catch {
      $doc = $null
    }
    $check = if ($doc) { @($doc.checks | Where-Object { $_.id -eq 'varios-nucleos' })[0] } else { $null }
    if ($doc -and $check -and $doc.run.capabilities.cpuAccounting -eq $false -and $check.status -eq 'skipped' -and $check.skip -eq 'cannot-measure') {
      Write-Pass $name
    } else {
      Write-Fail $name ($json.Output + '(expected cpuAccounting false and varios-nucleos skipped: cannot-measure)')
    }
  }

  Test-Pytutor 'verify ejercicio14' 0 @('verify', 'ejercicio14') | Out-Null

  # The runner ends every process a run started; give a straggler a moment.
  Start-Sleep -Seconds 2
  # A Python process started by this test: started after it began, and naming
  # this clone or this run's temporary folder on its command line.
  $left = @(Get-CimInstance Win32_Process -Filter "Name LIKE 'python%'" | Where-Object {
      $_.CreationDate -ge $Started -and $_.CommandLine -and
      ($_.CommandLine.Contains($SmokeTmp) -or $_.CommandLine.Contains($Root))
    })
  if ($left.Count -eq 0) {
    Write-Pass 'no Python process started by the smoke test is left running'
  } else {
    Write-Fail 'no Python process started by the smoke test is left running' (($left | ForEach-Object { "$($_.ProcessId) $($_.CommandLine)" }) -join "`n")
  }
} finally {
  Remove-Item -Recurse -Force $SmokeTmp -ErrorAction SilentlyContinue
}

if ($script:Failed -eq 0) {
  Write-Host 'smoke test: all steps passed'
} else {
  Write-Host "smoke test: $($script:Failed) step(s) failed"
}
exit $script:Failed
