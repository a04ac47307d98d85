// Gemeenschapskracht: one environment (test, acceptatie or productie) in one resource group.
//
//   az deployment group create -g <resource group> -f infra/main.bicep \
//     --parameters infra/parameters/productie.bicepparam
//
// See infra/README.md for what is deployed, the first-deployment steps and what is not proven.
targetScope = 'resourceGroup'

import { machineClient, resourceTags, sqlPoolSettings } from 'modules/types.bicep'

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

@description('The environment this deployment is.')
@allowed([
  'test'
  'acceptatie'
  'productie'
])
param environmentName string

@description('Azure region; default the resource group\'s.')
param location string = resourceGroup().location

@description('Base domain: the platform runs on https://<baseDomain>/ and gemeenten on https://<slug>.<baseDomain>/.')
param baseDomain string

@description('Further host names on which the web client is opened and signs in (redirect URIs), e.g. [\'amsterdam.<baseDomain>\'].')
param extraWebClientHosts string[] = []

@description('App Service plan SKU.')
param appServicePlanSku string

@description('Number of App Service instances.')
@minValue(1)
param appServicePlanInstances int

@description('Image repository and tag in the environment\'s registry, e.g. gemeenschapskracht:2026.12.1.')
param containerImage string

@description('Container registry SKU.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param containerRegistrySku string = 'Basic'

@description('Elastic pool and database sizing.')
param sqlPool sqlPoolSettings

@description('Point-in-time restore window of the database in days.')
@minValue(1)
@maxValue(35)
param sqlBackupRetentionDays int

@description('Redundancy of the database backups.')
@allowed([
  'Local'
  'Zone'
  'Geo'
  'GeoZone'
])
param sqlBackupStorageRedundancy string

@description('SQL administrator login (used by the application through the connection string in Key Vault).')
param sqlAdministratorLogin string = 'gkbeheer'

@description('SQL administrator password: required on the first deployment, empty afterwards keeps the current one. Comes from the environment variable GK_SQL_ADMIN_PASSWORD in the parameter files; never written into a file.')
@secure()
param sqlAdministratorPassword string

@description('Optional Entra ID group that administers the SQL server: display name.')
param sqlEntraAdminLogin string = ''

@description('Optional Entra ID group that administers the SQL server: object ID.')
param sqlEntraAdminObjectId string = ''

@description('Storage replication of the file store.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param storageSku string

@description('Days deleted files (blobs) stay recoverable.')
@minValue(1)
@maxValue(365)
param storageDeleteRetentionDays int

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int

@description('Migrate the database at start-up; false when the release applies the idempotent SQL scripts (docs/operations.md).')
param databaseMigrateOnStartup bool = true

@description('CBS source (Cbs__Source).')
@allowed([
  'OData'
  'File'
  'Demo'
])
param cbsSource string = 'OData'

@description('Hangfire workers per instance (Jobs__WorkerCount).')
@minValue(1)
param jobsWorkerCount int = 2

@description('SMTP server (Email__Host).')
param smtpHost string

@description('SMTP port (Email__Port).')
param smtpPort int = 587

@description('SMTP login (Email__UserName); empty for none. When set, the Key Vault secret email-password must exist.')
param smtpUserName string = ''

@description('Sender (Email__From); empty for the application\'s default.')
param emailFrom string = ''

@description('Key Vault certificate for token signing; empty until it has been imported into the vault.')
param signingCertificateName string = ''

@description('Key Vault certificate for token encryption; empty until it has been imported into the vault.')
param encryptionCertificateName string = ''

@description('Key Vault certificate for TLS on <baseDomain> and *.<baseDomain>; empty until it is in the vault and DNS is in place.')
param tlsCertificateName string = ''

@description('Object ID of the service principal "Microsoft Azure App Service" (app ID abfa0a7c-a6b6-4736-8310-5855508787cd) in this tenant; needed to import any certificate.')
param appServiceResourceProviderObjectId string = ''

@description('Machine clients registered at start-up; each needs its Key Vault secret first.')
param machineClients machineClient[] = []

@description('Extra tags for every resource.')
param tags resourceTags = {}

// ---------------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------------

var shortName = {
  test: 'tst'
  acceptatie: 'acc'
  productie: 'prd'
}[environmentName]
var prefix = 'gk-${shortName}'
var suffix = uniqueString(resourceGroup().id)
var allTags = union(
  {
    application: 'Gemeenschapskracht'
    environment: environmentName
  },
  tags
)
var secretNames = {
  connectionString: 'connectionstrings-default'
  bestandenConnectionString: 'bestanden-connectionstring'
  emailPassword: 'email-password'
}
var certificatesWanted = !empty(signingCertificateName) || !empty(encryptionCertificateName) || !empty(tlsCertificateName)

// ---------------------------------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    prefix: prefix
    retentionInDays: logRetentionDays
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: 'kv-${prefix}-${take(suffix, 8)}'
    softDeleteRetentionInDays: 90
    workspaceId: monitoring.outputs.workspaceId
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: 'stgk${shortName}${suffix}'
    skuName: storageSku
    containerName: 'bestanden'
    deleteRetentionDays: storageDeleteRetentionDays
    keyVaultName: keyVault.outputs.name
    connectionStringSecretName: secretNames.bestandenConnectionString
    tags: allTags
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    location: location
    serverName: 'sql-${prefix}-${suffix}'
    databaseName: 'gemeenschapskracht'
    administratorLogin: sqlAdministratorLogin
    administratorLoginPassword: sqlAdministratorPassword
    entraAdminLogin: sqlEntraAdminLogin
    entraAdminObjectId: sqlEntraAdminObjectId
    pool: sqlPool
    backupRetentionDays: sqlBackupRetentionDays
    backupStorageRedundancy: sqlBackupStorageRedundancy
    keyVaultName: keyVault.outputs.name
    connectionStringSecretName: secretNames.connectionString
    workspaceId: monitoring.outputs.workspaceId
    tags: allTags
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    name: 'crgk${shortName}${suffix}'
    skuName: containerRegistrySku
    tags: allTags
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    prefix: prefix
    siteName: 'app-${prefix}-${suffix}'
    skuName: appServicePlanSku
    instanceCount: appServicePlanInstances
    registryLoginServer: registry.outputs.loginServer
    containerImage: containerImage
    workspaceId: monitoring.outputs.workspaceId
    tags: allTags
  }
}

module roles 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  params: {
    appPrincipalId: web.outputs.principalId
    keyVaultName: keyVault.outputs.name
    storageAccountName: storage.outputs.name
    registryName: registry.outputs.name
    appServiceResourceProviderObjectId: appServiceResourceProviderObjectId
  }
}

module certificates 'modules/web-certificates.bicep' = if (certificatesWanted) {
  name: 'web-certificates'
  params: {
    location: location
    prefix: prefix
    planId: web.outputs.planId
    keyVaultName: keyVault.outputs.name
    signingCertificateName: signingCertificateName
    encryptionCertificateName: encryptionCertificateName
    tlsCertificateName: tlsCertificateName
    tags: allTags
  }
  dependsOn: [
    roles
  ]
}

module emailPasswordSecret 'modules/keyvault-secret-uris.bicep' = if (!empty(smtpUserName)) {
  name: 'secret-email-password'
  params: {
    keyVaultName: keyVault.outputs.name
    secretNames: [
      secretNames.emailPassword
    ]
  }
}

module machineClientSecrets 'modules/keyvault-secret-uris.bicep' = {
  name: 'secret-machine-clients'
  params: {
    keyVaultName: keyVault.outputs.name
    secretNames: [for client in machineClients: 'identity-client-${client.clientId}']
  }
}

module settings 'modules/web-settings.bicep' = {
  name: 'web-settings'
  params: {
    siteName: web.outputs.siteName
    keyVaultName: keyVault.outputs.name
    connectionStringSecretName: secretNames.connectionString
    bestandenConnectionStringSecretName: secretNames.bestandenConnectionString
    baseDomain: baseDomain
    extraWebClientHosts: extraWebClientHosts
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    migrateOnStartup: databaseMigrateOnStartup
    cbsSource: cbsSource
    jobsWorkerCount: jobsWorkerCount
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    emailPasswordSecretUri: emailPasswordSecret.?outputs.secretUris[0] ?? ''
    emailFrom: emailFrom
    bestandenContainer: storage.outputs.containerName
    signingThumbprint: certificates.?outputs.signingThumbprint ?? ''
    encryptionThumbprint: certificates.?outputs.encryptionThumbprint ?? ''
    machineClients: machineClients
    machineClientSecretUris: machineClientSecrets.outputs.secretUris
  }
  // The identity must hold its roles before the restart that these settings cause resolves the Key Vault
  // references and pulls the image; the connection-string secrets must exist.
  dependsOn: [
    roles
    sql
  ]
}

module domains 'modules/web-domains.bicep' = if (!empty(tlsCertificateName)) {
  name: 'web-domains'
  params: {
    siteName: web.outputs.siteName
    baseDomain: baseDomain
    tlsThumbprint: certificates.?outputs.tlsThumbprint ?? ''
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs (no secrets)
// ---------------------------------------------------------------------------------------------------------------

@description('Web app name (az webapp ...).')
output webAppName string = web.outputs.siteName

@description('Default host name; the DNS records of the base domain point here.')
output webAppDefaultHostName string = web.outputs.defaultHostName

@description('Value of the TXT record asuid.<baseDomain> for the custom domains.')
output customDomainVerificationId string = web.outputs.customDomainVerificationId

@description('Registry to push the image to (docker push <loginServer>/<containerImage>).')
output registryLoginServer string = registry.outputs.loginServer

@description('Key Vault for the secrets and certificates.')
output keyVaultName string = keyVault.outputs.name

@description('SQL server name.')
output sqlServerName string = sql.outputs.serverName

@description('Principal ID of the web app\'s managed identity.')
output webAppPrincipalId string = web.outputs.principalId
