// Test environment. No secrets here: the SQL administrator password comes from the environment variable
// GK_SQL_ADMIN_PASSWORD (needed on the first deployment only), the image tag from GK_IMAGE_TAG.
// Replace the example domain and SMTP host with the real ones.
using '../main.bicep'

param environmentName = 'test'
param baseDomain = 'test.gemeenschapskracht.example.nl'

param appServicePlanSku = 'B1'
param appServicePlanInstances = 1
param containerRegistrySku = 'Basic'
param containerImage = 'gemeenschapskracht:${readEnvironmentVariable('GK_IMAGE_TAG', 'latest')}'

// Small DTU pool: one database, test data only.
param sqlPool = {
  skuName: 'StandardPool'
  tier: 'Standard'
  capacity: 50
  maxSizeGB: 50
  perDatabaseMinCapacity: 0
  perDatabaseMaxCapacity: 50
}
param sqlBackupRetentionDays = 7
param sqlBackupStorageRedundancy = 'Local'
param sqlAdministratorPassword = readEnvironmentVariable('GK_SQL_ADMIN_PASSWORD', '')

param storageSku = 'Standard_LRS'
param storageDeleteRetentionDays = 7
param logRetentionDays = 30

param cbsSource = 'OData'
param jobsWorkerCount = 2
param smtpHost = 'smtp.example.nl'

// Fill in once the certificates are in Key Vault (see infra/README.md, "First deployment").
param signingCertificateName = ''
param encryptionCertificateName = ''
param tlsCertificateName = ''
param appServiceResourceProviderObjectId = ''
param machineClients = []
