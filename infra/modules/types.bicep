// Types shared by main.bicep and the modules (imported at compile time; this file deploys nothing).

@export()
@description('Resource tags: names and string values.')
type resourceTags = {
  *: string
}

@export()
@description('Elastic pool size and the limits of the database inside it.')
type sqlPoolSettings = {
  @description('Pool SKU name: GP_Gen5 / BC_Gen5 (vCores) or StandardPool / BasicPool / PremiumPool (eDTUs).')
  skuName: 'GP_Gen5' | 'BC_Gen5' | 'StandardPool' | 'BasicPool' | 'PremiumPool'

  @description('Tier belonging to the SKU: GeneralPurpose, BusinessCritical, Standard, Basic or Premium.')
  tier: 'GeneralPurpose' | 'BusinessCritical' | 'Standard' | 'Basic' | 'Premium'

  @description('vCores (GP_Gen5, BC_Gen5) or eDTUs (DTU pools).')
  capacity: int

  @description('Maximum data size of the pool in GB.')
  maxSizeGB: int

  @description('Minimum capacity reserved for each database (0 for none).')
  perDatabaseMinCapacity: int

  @description('Maximum capacity one database may use (at most the pool capacity).')
  perDatabaseMaxCapacity: int
}

@export()
@description('A machine client (client credentials); its secret is the Key Vault secret identity-client-<clientId>.')
type machineClient = {
  @description('Client ID; letters, digits and hyphens (it is part of a Key Vault secret name).')
  clientId: string

  @description('Display name.')
  displayName: string

  @description('Gemeente slug the client is bound to; omit for a platform client.')
  tenant: string?

  @description('Roles, e.g. [\'platform-beheerder\'].')
  roles: string[]
}
