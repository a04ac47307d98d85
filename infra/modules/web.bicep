// Linux App Service plan and the Web App that runs the application container (infra/Dockerfile): the API, the
// token server, the Hangfire job server and the built web client in one process.
//
// Why a container and not the built-in .NET stack: the PDF documents need the DejaVu Sans font (ADR 0015), which
// the image installs (fonts-dejavu-core), and the image carries the publish output and the Angular build together.
//
// This module creates the plan and the site with its system-assigned identity only; the app settings follow in
// web-settings.bicep once the identity has its roles (Key Vault references resolve at start-up).

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Name prefix, e.g. gk-prd.')
param prefix string

@description('Globally unique name of the web app (its default host is <name>.azurewebsites.net).')
param siteName string

@description('App Service plan SKU, e.g. B1, P0v3, P1v3. Basic or higher: certificates and Always On need it.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
])
param skuName string

@description('Number of instances. Several instances share Data Protection keys and Hangfire through the database and files through Blob Storage.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Login server of the container registry, e.g. crgkprd....azurecr.io.')
param registryLoginServer string

@description('Image repository and tag in the registry, e.g. gemeenschapskracht:2026.12.1.')
param containerImage string

@description('Log Analytics workspace for the App Service logs.')
param workspaceId string

@description('Tags for every resource.')
param tags resourceTags

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${prefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux,container'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registryLoginServer}/${containerImage}'
      acrUseManagedIdentityCreds: true
      alwaysOn: true
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      webSocketsEnabled: false
    }
  }
}

// No FTP or basic-auth publishing: images come from the registry, deployments through ARM with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// 2021-05-01-preview is the newest API version of diagnostic settings; the only GA one (2016-09-01) is ten years
// older and lacks category groups. The rule only knows to suggest the GA version, hence:
#disable-next-line use-recent-api-versions
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
      {
        category: 'AppServiceAuditLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output planId string = plan.id
output siteName string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
output customDomainVerificationId string = site.properties.customDomainVerificationId
