using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.CreateBuurtTop;

public sealed class CreateBuurtTopValidator : AbstractValidator<CreateBuurtTopCommand>
{
    public CreateBuurtTopValidator() => this.AddBuurtTopRules(c => c.Titel, c => c.Plek, c => c.Capaciteit, c => c.Organisator);
}
