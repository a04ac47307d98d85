namespace Gemeenschapskracht.Infrastructure.Persistence.Configurations;

/// <summary>
/// Marks an entity configuration of the gemeenten's model (<see cref="ApplicationDbContext"/>), which applies every
/// configuration so marked: a new aggregate adds its configuration file, not a line in the context.
/// </summary>
public interface IApplicationModelConfiguration;
