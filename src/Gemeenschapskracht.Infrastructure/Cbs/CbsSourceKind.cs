namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>Where CBS statistics are read from (configuration key <c>Cbs:Source</c>).</summary>
public enum CbsSourceKind
{
    /// <summary>The project's own fictional demo data, embedded in the assembly.</summary>
    Demo = 0,

    /// <summary>A local extract: DataProperties.json with TypedDataSet.json or TypedDataSet.csv.</summary>
    File = 1,

    /// <summary>The live CBS OData v3 feed.</summary>
    OData = 2,
}
