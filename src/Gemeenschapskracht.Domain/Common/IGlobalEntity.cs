namespace Gemeenschapskracht.Domain.Common;

/// <summary>
/// Marks an entity that belongs to no single gemeente and is therefore not tenant-filtered.
/// Every other entity is isolated per tenant; an architecture test enforces that each entity is one or the other.
/// </summary>
public interface IGlobalEntity;
