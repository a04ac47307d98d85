using FluentValidation;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzageDocument;

public sealed class GetInzageDocumentValidator : AbstractValidator<GetInzageDocumentQuery>
{
    public GetInzageDocumentValidator() => this.AddBetrokkeneRules();
}
