using FluentValidation;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzage;

public sealed class GetInzageValidator : AbstractValidator<GetInzageQuery>
{
    public GetInzageValidator() => this.AddBetrokkeneRules();
}
