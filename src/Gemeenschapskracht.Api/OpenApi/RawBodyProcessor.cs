using Gemeenschapskracht.Api.Endpoints.Conventions;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Gemeenschapskracht.Api.OpenApi;

/// <summary>Describes the body of a <see cref="RawBodyMetadata"/> endpoint as binary in each accepted content type.</summary>
public sealed class RawBodyProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var metadata = (context as AspNetCoreOperationProcessorContext)?.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<RawBodyMetadata>().FirstOrDefault();
        if (metadata is null)
            return true;
        var body = new OpenApiRequestBody { IsRequired = true, Description = "De bytes van het bestand." };
        foreach (var contentType in metadata.ContentTypes)
            body.Content[contentType] = new OpenApiMediaType { Schema = new JsonSchema { Type = JsonObjectType.String, Format = JsonFormatStrings.Binary } };
        context.OperationDescription.Operation.RequestBody = body;
        return true;
    }
}
