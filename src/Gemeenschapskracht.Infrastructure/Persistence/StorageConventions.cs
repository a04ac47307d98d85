using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gemeenschapskracht.Infrastructure.Persistence;

internal static class StorageConventions
{
    public static void ApplyStorageConventions(this ModelConfigurationBuilder builder, DatabaseFacade database)
    {
        // SQLite has no date-time-offset type that it can compare or sort; store UTC ticks instead.
        if (database.IsSqlite())
        {
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        builder.Properties<decimal>().HavePrecision(18, 4);
        builder.Properties<decimal?>().HavePrecision(18, 4);
    }
}
