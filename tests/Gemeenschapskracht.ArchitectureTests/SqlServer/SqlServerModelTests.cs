namespace Gemeenschapskracht.ArchitectureTests.SqlServer;

/// <summary>
/// What SQL Server refuses or punishes and SQLite accepts, checked on the SQL Server model of both contexts:
/// a table reached by two cascading paths (error 1785 at CREATE), index keys wider than SQL Server allows,
/// <c>nvarchar(max)</c> in an index key, strings without a length, decimals without a precision, and unique
/// text that is unique only case-sensitively (SQL Server's default collation is case-insensitive, SQLite's is not).
/// </summary>
public sealed class SqlServerModelTests
{
    private const int NonClusteredKeyBytes = 1700;
    private const int ClusteredKeyBytes = 900;

    public static TheoryData<string> Contexts() => new(SqlServerScripts.Contexts);

    [Theory]
    [MemberData(nameof(Contexts))]
    public void No_table_is_reached_by_two_cascading_paths(string context)
    {
        var model = SqlServerScripts.Model(context);
        var offenders = SqlServerKolommen.MeervoudigeCascadepaden(model);

        Assert.True(offenders.Count == 0, "Meer dan één cascadepad (SQL Server weigert dit, fout 1785):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Index_keys_fit_sql_servers_limits_and_hold_no_max_column(string context)
    {
        var offenders = new List<string>();
        foreach (var (naam, tabel, kolommen, clustered) in SqlServerKolommen.Sleutels(SqlServerScripts.Model(context)))
        {
            var limiet = clustered ? ClusteredKeyBytes : NonClusteredKeyBytes;
            var max = kolommen.Where(k => k.Bytes is null).Select(k => k.Naam).ToList();
            var breedte = kolommen.Sum(k => k.Bytes ?? 0);
            if (max.Count > 0) offenders.Add($"{tabel}.{naam}: (max)-kolom in de sleutel: {string.Join(", ", max)}");
            else if (breedte > limiet) offenders.Add($"{tabel}.{naam}: {breedte} bytes > {limiet}");
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_string_has_a_length_unless_it_is_long_text(string context)
    {
        var offenders = SqlServerKolommen.Alle(SqlServerScripts.Model(context))
            .Where(k => k.Property.ClrType == typeof(string) && k.Property.GetMaxLength() is null && !SqlServerKolommen.IsLangeTekst(k))
            .Select(k => $"{k.Tabel}.{k.Naam} ({k.StoreType})")
            .ToList();

        Assert.True(offenders.Count == 0, "Tekst zonder lengte (nvarchar(max)); geef HasMaxLength of markeer als lange tekst:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_decimal_has_its_precision(string context)
    {
        var offenders = SqlServerKolommen.Alle(SqlServerScripts.Model(context))
            .Where(k => (Nullable.GetUnderlyingType(k.Property.ClrType) ?? k.Property.ClrType) == typeof(decimal))
            .Where(k => k.Property.GetPrecision() is null || k.Property.GetScale() is null)
            .Select(k => $"{k.Tabel}.{k.Naam}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Unique_text_is_stored_in_one_case_or_reviewed(string context)
    {
        var offenders = SqlServerKolommen.UniekeTekst(SqlServerScripts.Model(context))
            .Where(u => !SqlServerKolommen.HoofdletterOngevoeligBeoordeeld.ContainsKey(u))
            .ToList();

        Assert.True(offenders.Count == 0,
            "Unieke tekst die op SQLite hoofdlettergevoelig en op SQL Server ongevoelig uniek is; normaliseer de waarde en neem hem op in "
            + "HoofdletterOngevoeligBeoordeeld met de reden:\n" + string.Join("\n", offenders));
    }
}
