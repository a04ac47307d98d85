// Azure SQL: a logical server, an elastic pool and the application database inside it.
//
// Sizing for 342 gemeenten (see infra/README.md, "Database sizing"): all gemeenten share ONE database, separated
// by a tenant column (ADR 0005/0006); the tenant catalog, audit, OpenIddict, Data Protection keys and Hangfire's
// `HangFire` schema live in the same database. The pool is not there to share capacity between many databases
// today, but for headroom (the database may burst to the pool's full capacity) and for the later per-gemeente
// database option (nog niet built): databases can then be added to the pool without re-provisioning. A pool of
// General Purpose 2 vCores holds at most 100 databases, 4 vCores 200, 6 vCores or more 500; 342 separate gemeente
// databases plus the catalog would need 6 vCores or more (or several pools).
//
// Authentication: the application signs in with the SQL administrator login (it migrates the schema at start-up
// and Hangfire creates its tables, so it needs DDL rights). A contained database user with only the rights it
// needs, or a managed-identity login, is nog niet set up: both need T-SQL after deployment.

import { resourceTags, sqlPoolSettings } from 'types.bicep'

@description('Azure region.')
param location string

@description('Globally unique server name (lower case).')
param serverName string

@description('Name of the application database.')
param databaseName string

@description('SQL administrator login; the application uses it through the connection string in Key Vault.')
param administratorLogin string

@description('SQL administrator password. Required on the first deployment; leave empty on later deployments to keep the current password and Key Vault secret. No ; or quotes (it goes into a connection string).')
@secure()
param administratorLoginPassword string

@description('Optional Entra ID administrator (a group is best): display name. Empty for none.')
param entraAdminLogin string

@description('Object ID of the Entra ID administrator. Empty for none.')
param entraAdminObjectId string

@description('Elastic pool size and the per-database limits inside it.')
param pool sqlPoolSettings

@description('Point-in-time restore window in days (1 to 35).')
@minValue(1)
@maxValue(35)
param backupRetentionDays int

@description('Redundancy of the backup storage.')
@allowed([
  'Local'
  'Zone'
  'Geo'
  'GeoZone'
])
param backupStorageRedundancy string

@description('Key Vault that receives the connection string.')
param keyVaultName string

@description('Name of the Key Vault secret with the connection string (ConnectionStrings__Default).')
param connectionStringSecretName string

@description('Log Analytics workspace for the audit log and database diagnostics.')
param workspaceId string

@description('Tags for every resource.')
param tags resourceTags

resource server 'Microsoft.Sql/servers@2025-01-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    administratorLogin: administratorLogin
    // Omitted when empty: an existing server keeps its password; a new one fails with a clear error.
    administratorLoginPassword: empty(administratorLoginPassword) ? null : administratorLoginPassword
    minimalTlsVersion: '1.2'
    // No virtual network yet (nog niet): public endpoint, only Azure services through the firewall rule below.
    publicNetworkAccess: 'Enabled'
    restrictOutboundNetworkAccess: 'Disabled'
    version: '12.0'
    administrators: empty(entraAdminObjectId)
      ? null
      : {
          administratorType: 'ActiveDirectory'
          principalType: 'Group'
          login: entraAdminLogin
          sid: entraAdminObjectId
          tenantId: subscription().tenantId
          azureADOnlyAuthentication: false
        }
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's convention for "allow Azure services" (the App Service outbound addresses).
resource allowAzureServices 'Microsoft.Sql/servers/firewallRules@2025-01-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource elasticPool 'Microsoft.Sql/servers/elasticPools@2025-01-01' = {
  parent: server
  name: 'pool-${databaseName}'
  location: location
  tags: tags
  sku: {
    name: pool.skuName
    tier: pool.tier
    capacity: pool.capacity
  }
  properties: {
    maxSizeBytes: pool.maxSizeGB * 1024 * 1024 * 1024
    perDatabaseSettings: {
      minCapacity: pool.perDatabaseMinCapacity
      maxCapacity: pool.perDatabaseMaxCapacity
    }
    zoneRedundant: false
  }
}

resource database 'Microsoft.Sql/servers/databases@2025-01-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  properties: {
    // In the pool: the pool's SKU applies, the database has none of its own.
    elasticPoolId: elasticPool.id
    collation: 'SQL_Latin1_General_CP1_CI_AS'
    requestedBackupStorageRedundancy: backupStorageRedundancy
    zoneRedundant: false
  }
}

resource backupRetention 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies@2025-01-01' = {
  parent: database
  name: 'default'
  properties: {
    retentionDays: backupRetentionDays
  }
}

// Server audit to Log Analytics: the audit records arrive through the master database's diagnostic setting.
resource auditing 'Microsoft.Sql/servers/auditingSettings@2025-01-01' = {
  parent: server
  name: 'default'
  properties: {
    state: 'Enabled'
    isAzureMonitorTargetEnabled: true
  }
}

resource master 'Microsoft.Sql/servers/databases@2025-01-01' existing = {
  parent: server
  name: 'master'
}

// 2021-05-01-preview is the newest API version of diagnostic settings; the only GA one (2016-09-01) is ten years
// older and lacks category groups. The rule only knows to suggest the GA version, hence:
#disable-next-line use-recent-api-versions
resource auditDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: master
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'SQLSecurityAuditEvents'
        enabled: true
      }
    ]
  }
  dependsOn: [
    auditing
  ]
}

// 2021-05-01-preview is the newest API version of diagnostic settings; the only GA one (2016-09-01) is ten years
// older and lacks category groups. The rule only knows to suggest the GA version, hence:
#disable-next-line use-recent-api-versions
resource databaseDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: database
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'Errors'
        enabled: true
      }
      {
        category: 'Timeouts'
        enabled: true
      }
      {
        category: 'Blocks'
        enabled: true
      }
      {
        category: 'Deadlocks'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Basic'
        enabled: true
      }
    ]
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

// Written only when a password is given, so a later deployment without one keeps the working secret.
resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!empty(administratorLoginPassword)) {
  parent: vault
  name: connectionStringSecretName
  properties: {
    contentType: 'SQL Server connection string (ConnectionStrings__Default)'
    value: 'Server=tcp:${server.properties.fullyQualifiedDomainName},1433;Initial Catalog=${database.name};User ID=${administratorLogin};Password=${administratorLoginPassword};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30'
  }
}

output serverName string = server.name
output databaseName string = database.name
