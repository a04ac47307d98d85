// The web app's app settings: the production configuration of README.md "Configuration (production)".
// Secrets are Key Vault references, resolved by App Service with the app's managed identity at start-up.
// Note: this resource replaces ALL app settings on every deployment; settings added by hand disappear, so every
// setting belongs here (or in a parameter).
//
// Secrets that an operator puts into Key Vault (SMTP password, machine-client secrets) arrive as URIs looked up by
// keyvault-secret-uris.bicep, which fails the deployment when one is missing.

import { machineClient } from 'types.bicep'

@description('Name of the web app.')
param siteName string

@description('Key Vault with the secrets.')
param keyVaultName string

@description('Key Vault secret with the SQL connection string (written by sql.bicep).')
param connectionStringSecretName string

@description('Key Vault secret with the storage connection string (written by storage.bicep).')
param bestandenConnectionStringSecretName string

@description('Base domain, e.g. gemeenschapskracht.example.nl.')
param baseDomain string

@description('Further host names on which the web client is opened (each gets a redirect URI), e.g. amsterdam.gemeenschapskracht.example.nl.')
param extraWebClientHosts string[]

@description('Workspace-based Application Insights connection string.')
param appInsightsConnectionString string

@description('Migrate the database at start-up (false when a release pipeline applies the SQL scripts).')
param migrateOnStartup bool

@description('CBS source: OData (live), File or Demo.')
param cbsSource string

@description('Hangfire workers in this process.')
param jobsWorkerCount int

@description('SMTP server (Email__Host).')
param smtpHost string

@description('SMTP port (Email__Port).')
param smtpPort int

@description('SMTP login; empty for none.')
param smtpUserName string

@description('URI of the Key Vault secret with the SMTP password; used when smtpUserName is set.')
param emailPasswordSecretUri string

@description('Sender (Email__From); empty for the application\'s default.')
param emailFrom string

@description('Blob container of the file store.')
param bestandenContainer string

@description('Thumbprint of the imported token-signing certificate; empty for none.')
param signingThumbprint string

@description('Thumbprint of the imported token-encryption certificate; empty for none.')
param encryptionThumbprint string

@description('Machine clients: [{ clientId, displayName, tenant?, roles: [] }].')
param machineClients machineClient[]

@description('URIs of the machine clients\' Key Vault secrets, in the order of machineClients.')
param machineClientSecretUris string[]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

var publicUrl = 'https://${baseDomain}'
var webClientOrigins = concat([publicUrl], map(extraWebClientHosts, host => 'https://${host}'))

var baseSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  // App Service ends TLS in front of the container; the forwarded-headers middleware restores https, which the token
  // server requires (Identity__RequireHttps).
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  WEBSITES_PORT: '8080'
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
  // Migrations at start-up may take longer than the default 230 seconds on a new database.
  WEBSITES_CONTAINER_START_TIME_LIMIT: '600'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  Database__Provider: 'SqlServer'
  Database__MigrateOnStartup: migrateOnStartup ? 'true' : 'false'
  ConnectionStrings__Default: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${connectionStringSecretName})'
  Identity__Issuer: '${publicUrl}/'
  Identity__RequireHttps: 'true'
  App__PublicUrl: publicUrl
  Tenancy__BaseDomain: baseDomain
  Cbs__Source: cbsSource
  Seed__Enabled: 'false'
  Jobs__RunServer: 'true'
  Jobs__WorkerCount: string(jobsWorkerCount)
  Email__Mode: 'Smtp'
  Email__Host: smtpHost
  Email__Port: string(smtpPort)
  Bestanden__Provider: 'AzureBlob'
  Bestanden__ConnectionString: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${bestandenConnectionStringSecretName})'
  Bestanden__Container: bestandenContainer
}

var webClientSettings = union(
  toObject(range(0, length(webClientOrigins)), i => 'Identity__WebClient__RedirectUris__${i}', i => '${webClientOrigins[i]}/auth/callback'),
  toObject(range(0, length(webClientOrigins)), i => 'Identity__WebClient__PostLogoutRedirectUris__${i}', i => '${webClientOrigins[i]}/')
)

var emailFromSettings = empty(emailFrom) ? {} : { Email__From: emailFrom }

var smtpLoginSettings = empty(smtpUserName)
  ? {}
  : {
      Email__UserName: smtpUserName
      Email__Password: '@Microsoft.KeyVault(SecretUri=${emailPasswordSecretUri})'
    }

// App Service writes each certificate named in WEBSITE_LOAD_CERTIFICATES to /var/ssl/private/<thumbprint>.p12,
// without a password: Identity__*CertificatePassword stays unset.
var thumbprints = filter([signingThumbprint, encryptionThumbprint], t => !empty(t))
var certificateSettings = union(
  empty(thumbprints) ? {} : { WEBSITE_LOAD_CERTIFICATES: join(thumbprints, ',') },
  empty(signingThumbprint) ? {} : { Identity__SigningCertificatePath: '/var/ssl/private/${signingThumbprint}.p12' },
  empty(encryptionThumbprint) ? {} : { Identity__EncryptionCertificatePath: '/var/ssl/private/${encryptionThumbprint}.p12' }
)

var clientSettings = [
  for (client, n) in machineClients: union(
    {
      'Identity__Clients__${n}__ClientId': client.clientId
      'Identity__Clients__${n}__ClientSecret': '@Microsoft.KeyVault(SecretUri=${machineClientSecretUris[n]})'
      'Identity__Clients__${n}__DisplayName': client.displayName
    },
    empty(client.?tenant ?? '') ? {} : { 'Identity__Clients__${n}__Tenant': client.?tenant },
    toObject(range(0, length(client.roles)), m => 'Identity__Clients__${n}__Roles__${m}', m => client.roles[m])
  )
]

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    baseSettings,
    webClientSettings,
    emailFromSettings,
    smtpLoginSettings,
    certificateSettings,
    reduce(clientSettings, {}, (all, settings) => union(all, settings))
  )
}
