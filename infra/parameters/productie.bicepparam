// Productie: 342 gemeenten in one shared database (see infra/README.md, "Database sizing"). No secrets here: the
// SQL administrator password comes from the environment variable GK_SQL_ADMIN_PASSWORD (needed on the first
// deployment only), the image tag from GK_IMAGE_TAG. Replace the example domain and SMTP host with the real ones.
using '../main.bicep'

param environmentName = 'productie'
param baseDomain = 'gemeenschapskracht.example.nl'

// Two instances: no downtime when one restarts; Data Protection keys and Hangfire are shared through the database.
param appServicePlanSku = 'P1v3'
param appServicePlanInstances = 2
param containerRegistrySku = 'Standard'
param containerImage = 'gemeenschapskracht:${readEnvironmentVariable('GK_IMAGE_TAG', 'latest')}'

// General Purpose 4 vCores: the one shared database may use all of them; room for the nightly jobs that run
// gemeente by gemeente over all 342. 100 GB: estimated data plus growth (files are in Blob Storage). An estimate,
// not a measurement: scale after the first months.
param sqlPool = {
  skuName: 'GP_Gen5'
  tier: 'GeneralPurpose'
  capacity: 4
  maxSizeGB: 100
  perDatabaseMinCapacity: 0
  perDatabaseMaxCapacity: 4
}
param sqlBackupRetentionDays = 35
param sqlBackupStorageRedundancy = 'Geo'
param sqlAdministratorPassword = readEnvironmentVariable('GK_SQL_ADMIN_PASSWORD', '')

param storageSku = 'Standard_ZRS'
param storageDeleteRetentionDays = 30
param logRetentionDays = 90

param cbsSource = 'OData'
param jobsWorkerCount = 2
param smtpHost = 'smtp.example.nl'

// Fill in once the certificates are in Key Vault (see infra/README.md, "First deployment").
param signingCertificateName = ''
param encryptionCertificateName = ''
param tlsCertificateName = ''
param appServiceResourceProviderObjectId = ''
param machineClients = []
