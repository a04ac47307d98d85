using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Gemeenschapskracht.ArchitectureTests.SqlServer;

/// <summary>
/// SQL Server cannot run on these machines; its scripts are proven as far as can be without one: the idempotent
/// migration scripts parse as T-SQL of Azure SQL's level, and the model's DDL loads into a DacFx model that
/// validates without errors (types, keys, references, index definitions).
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Contexts() => new(SqlServerScripts.Contexts);

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_idempotent_migration_script_parses_as_t_sql(string context)
    {
        var script = SqlServerScripts.Idempotent(context);

        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"regel {e.Line}: {e.Message}")));
        var batches = ((TSqlScript)fragment).Batches;
        Assert.NotEmpty(batches);
        Assert.Contains(batches.SelectMany(b => b.Statements), s => s is CreateTableStatement or IfStatement);
    }

    [Fact]
    public void The_model_of_both_contexts_loads_into_dacfx_and_validates_without_errors()
    {
        using var model = new TSqlModel(SqlServerVersion.SqlAzure, new TSqlModelOptions());
        foreach (var context in SqlServerScripts.Contexts)
        {
            model.AddObjects(SqlServerScripts.CreateScript(context));
        }

        var fouten = model.Validate().Where(m => m.MessageType == DacMessageType.Error).Select(m => m.ToString()).ToList();

        Assert.True(fouten.Count == 0, string.Join("\n", fouten.Take(20)));
        Assert.Equal(SqlServerScripts.Contexts.SelectMany(SqlServerScripts.Tables).Distinct().Count(),
            model.GetObjects(DacQueryScopes.UserDefined, Table.TypeClass).Count());
    }
}
